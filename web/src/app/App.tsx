import { lazy, Suspense } from "react";
import { BrowserRouter, Route, Routes } from "react-router-dom";
import { SessionProvider } from "../session/SessionProvider.js";
import { LanguageProvider } from "./LanguageProvider.js";
import { PageLoading } from "./PageLoading.js";

// Every route is its own chunk: the login route never downloads Firestore or the Table.
const LoginPage = lazy(() => import("../features/login/LoginPage.js"));
const StaffLayout = lazy(() => import("./StaffLayout.js"));
const DirectoryPage = lazy(() => import("../features/households/DirectoryPage.js"));
const HouseholdPage = lazy(() => import("../features/households/HouseholdPage.js"));
// Assessment (B2, SPEC §8)
const MyScorecardPage = lazy(() => import("../features/assessment/MyScorecardPage.js"));
const RuleCataloguePage = lazy(() => import("../features/assessment/RuleCataloguePage.js"));
const EstateScoresPage = lazy(() => import("../features/assessment/EstateScoresPage.js"));
const FeeImportPage = lazy(() => import("../features/assessment/FeeImportPage.js"));
const ArrearsPage = lazy(() => import("../features/assessment/ArrearsPage.js"));
// Reception desk and duty (B.1.1–4, B2.1, B2.2)
const DeskPage = lazy(() => import("../features/desk/DeskPage.js"));
const RosterPage = lazy(() => import("../features/desk/RosterPage.js"));
const HandoverPage = lazy(() => import("../features/desk/HandoverPage.js"));
const DailyLogPage = lazy(() => import("../features/desk/DailyLogPage.js"));
// Call reconciliation (B2.5a)
const CallsPage = lazy(() => import("../features/calls/CallsPage.js"));
// Owner satisfaction survey (C1–C5)
const SurveyCampaignsPage = lazy(() => import("../features/survey/SurveyCampaignsPage.js"));
const SurveyDashboardPage = lazy(() => import("../features/survey/SurveyDashboardPage.js"));
const SurveyReportPage = lazy(() => import("../features/survey/SurveyReportPage.js"));
const NoticesPage = lazy(() => import("../features/notices/NoticesPage.js"));
// Return visits, promises, the closure dashboard (C4, C6–C9)
const HomeRoute = lazy(() => import("../features/followUp/HomeRoute.js"));
const ClosureDashboardPage = lazy(() => import("../features/followUp/ClosureDashboardPage.js"));
const VisitsPage = lazy(() => import("../features/followUp/VisitsPage.js"));
// The regular meeting (C9)
const MeetingsPage = lazy(() => import("../features/followUp/MeetingsPage.js"));
const MeetingPage = lazy(() => import("../features/followUp/MeetingPage.js"));
const MeetingMinutesPage = lazy(() => import("../features/followUp/MeetingMinutesPage.js"));
// Professional distance (article A) and the follow-up settings
const ConductPage = lazy(() => import("../features/followUp/ConductPage.js"));
const OfferRegisterPage = lazy(() => import("../features/followUp/OfferRegisterPage.js"));
const FollowUpSettingsPage = lazy(() => import("../features/followUp/FollowUpSettingsPage.js"));
// Tickets and on-site service (SPEC §5)
const TicketQueuePage = lazy(() => import("../features/tickets/TicketQueuePage.js"));
const OpenTicketPage = lazy(() => import("../features/tickets/OpenTicketPage.js"));
const TicketPage = lazy(() => import("../features/tickets/TicketPage.js"));
const VisitPage = lazy(() => import("../features/tickets/VisitPage.js"));
const RenovationFilePage = lazy(() => import("../features/tickets/RenovationFilePage.js"));
const TicketSettingsPage = lazy(() => import("../features/tickets/TicketSettingsPage.js"));
const NotFoundPage = lazy(() => import("./NotFoundPage.js"));

/** The staff client: language, session and routes. */
export function App() {
  return (
    <LanguageProvider>
      <SessionProvider>
        <BrowserRouter>
          <Suspense fallback={<PageLoading />}>
            <Routes>
              <Route path="/login" element={<LoginPage />} />
              <Route element={<StaffLayout />}>
                <Route index element={<HomeRoute />} />
                <Route path="/households" element={<DirectoryPage />} />
                <Route path="/households/:householdId" element={<HouseholdPage />} />
                <Route path="/assessment" element={<MyScorecardPage />} />
                <Route path="/assessment/rules" element={<RuleCataloguePage />} />
                <Route path="/assessment/estate" element={<EstateScoresPage />} />
                <Route path="/assessment/fees" element={<FeeImportPage />} />
                <Route path="/assessment/arrears" element={<ArrearsPage />} />
                <Route path="/desk" element={<DeskPage />} />
                <Route path="/roster" element={<RosterPage />} />
                <Route path="/handover/:shiftId" element={<HandoverPage />} />
                <Route path="/daily-log" element={<DailyLogPage />} />
                <Route path="/calls" element={<CallsPage />} />
                <Route path="/survey" element={<SurveyCampaignsPage />} />
                <Route path="/survey/:campaignId" element={<SurveyDashboardPage />} />
                <Route path="/survey/:campaignId/report" element={<SurveyReportPage />} />
                <Route path="/notices" element={<NoticesPage />} />
                <Route path="/follow-up" element={<ClosureDashboardPage />} />
                <Route path="/follow-up/visits" element={<VisitsPage />} />
                <Route path="/meetings" element={<MeetingsPage />} />
                <Route path="/meetings/:meetingId" element={<MeetingPage />} />
                <Route path="/meetings/:meetingId/minutes" element={<MeetingMinutesPage />} />
                <Route path="/follow-up/conduct" element={<ConductPage />} />
                <Route path="/follow-up/offers" element={<OfferRegisterPage />} />
                <Route path="/follow-up/settings" element={<FollowUpSettingsPage />} />
                <Route path="/tickets" element={<TicketQueuePage />} />
                <Route path="/tickets/new" element={<OpenTicketPage />} />
                <Route path="/tickets/:ticketId" element={<TicketPage />} />
                <Route path="/tickets/:ticketId/visits/:visitId" element={<VisitPage />} />
                <Route
                  path="/households/:householdId/renovation"
                  element={<RenovationFilePage />}
                />
                <Route path="/settings/tickets" element={<TicketSettingsPage />} />
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Routes>
          </Suspense>
        </BrowserRouter>
      </SessionProvider>
    </LanguageProvider>
  );
}
