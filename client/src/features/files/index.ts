export { AttachmentsPanel } from "./AttachmentsPanel";
export { PhotosPanel } from "./PhotosPanel";
export { AttachmentsDisclosure } from "./AttachmentsDisclosure";
