import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App.js";
import "./styles.css";
import { startI18n } from "./i18n/index.js";

const root = document.getElementById("root");
if (root === null) throw new Error("index.html has no #root element.");

await startI18n();
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
