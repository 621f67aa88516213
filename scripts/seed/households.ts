/**
 * The demo estate's households and people: six buildings, two units each, eighteen floors,
 * two rooms a floor; an owner per household and sometimes occupants, with Chinese names and
 * mobile numbers. Pure data: the seed writes it.
 */
import type { Household } from "../../functions/src/domain/schema/household.js";
import type { Person } from "../../functions/src/domain/schema/person.js";
import { phoneKeysOf } from "../../functions/src/domain/schema/person.js";
import { pick, seededRandom } from "./random.js";

const SURNAMES =
  "王李張劉陳楊黃趙吳周徐孫馬朱胡郭何高林羅鄭梁謝宋唐許韓馮鄧曹彭曾蕭田董袁潘蔣蔡余杜葉程蘇魏呂丁任沈姚盧".split(
    "",
  );
const GIVEN =
  "偉芳娜秀英敏靜麗強磊軍洋勇艷傑娟濤明超秀蘭霞平剛桂英文華建國志紅玉蘭玲慧琳雪梅海燕宇浩子涵欣怡思雨嘉".split(
    "",
  );
const DIRECTIONS = ["東側", "西側", "南門旁", "北側近會所", "中心花園旁", "近地下車庫入口"];

type SeedStamp = Pick<Household, "createdAt" | "createdBy" | "updatedAt" | "updatedBy">;

/** Households and people of an estate, deterministic for a seed number. */
export function demoHouseholds(
  estateId: string,
  stamp: SeedStamp,
  options: { buildings: number; floors: number; seed: number },
): { households: Household[]; people: Person[] } {
  const random = seededRandom(options.seed);
  const households: Household[] = [];
  const people: Person[] = [];
  let phoneSerial = 0;
  const nextMobile = () => {
    phoneSerial += 1;
    const prefix = pick(random, ["138", "139", "135", "186", "158", "177"]);
    return `${prefix}${String(10_000_000 + ((phoneSerial * 7_919_113) % 90_000_000)).padStart(8, "0")}`;
  };
  const name = () =>
    pick(random, SURNAMES) + pick(random, GIVEN) + (random() < 0.6 ? pick(random, GIVEN) : "");

  for (let building = 1; building <= options.buildings; building += 1) {
    for (let unit = 1; unit <= 2; unit += 1) {
      for (let floor = 1; floor <= options.floors; floor += 1) {
        for (let door = 1; door <= 2; door += 1) {
          const room = `${floor}${String(door).padStart(2, "0")}`;
          const id = `h-${building}-${unit}-${room}`;
          const handover = new Date(Date.UTC(2021 + (building % 3), (building * 2) % 12, 15));
          const warrantyEnd = new Date(handover.getTime());
          warrantyEnd.setUTCFullYear(warrantyEnd.getUTCFullYear() + 5);
          households.push({
            id,
            estateId,
            building: String(building),
            unit: String(unit),
            room,
            floor,
            locationDescription: `${building}號樓${unit}單元,${pick(random, DIRECTIONS)},${floor}層${door === 1 ? "左" : "右"}手`,
            mapPosition: {
              x: 10 + ((building - 1) % 3) * 35 + unit * 5,
              y: 20 + Math.floor((building - 1) / 3) * 45,
            },
            areaSquareMetres: pick(random, [89, 96, 108, 126, 143]),
            handoverDate: handover,
            warrantyEnd,
            feeAccount: `FA-${building}${unit}${room}`,
            ...stamp,
          });
          const occupants = random() < 0.35 ? 1 + Math.floor(random() * 2) : 0;
          for (let index = 0; index <= occupants; index += 1) {
            const phones = [{ number: nextMobile(), label: "手機" }];
            if (random() < 0.2)
              phones.push({
                number: `010-6${String(1_000_000 + phoneSerial * 37).slice(-7)}`,
                label: "座機",
              });
            people.push({
              id: `p-${building}-${unit}-${room}-${index}`,
              estateId,
              householdId: id,
              kind: index === 0 ? "owner" : "occupant",
              name: name(),
              phones,
              phoneKeys: phoneKeysOf(phones),
              preferredContact: pick(random, ["phone", "phone", "wechat", "sms"] as const),
              wechat: "",
              note: "",
              ...stamp,
            });
          }
        }
      }
    }
  }
  return { households, people };
}
