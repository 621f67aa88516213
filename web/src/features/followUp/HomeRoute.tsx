import { Navigate } from "react-router-dom";
import { useEstate } from "../../app/EstateContext.js";

/** The home screen: the closure dashboard for the director and admins, the directory otherwise. */
export default function HomeRoute() {
  const { role } = useEstate();
  const home = role === "director" || role === "admin" ? "/follow-up" : "/households";
  return <Navigate to={home} replace />;
}
