export { prefectureName } from "../../../shared/prefecture-names";
