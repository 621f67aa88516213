import { Navigate } from "react-router-dom";
import { useEstate } from "../../app/EstateContext.js";
import { homeOf } from "../login/homeOf.js";

/** The app's root: each role's home screen (see `homeOf`). */
export default function HomeRoute() {
  const { role } = useEstate();
  return <Navigate to={homeOf(role)} replace />;
}
