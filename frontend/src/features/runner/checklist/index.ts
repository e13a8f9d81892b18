export { ChecklistRunner } from "./ChecklistRunner";
