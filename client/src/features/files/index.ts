export { AttachmentsPanel, formatSize } from "./AttachmentsPanel";
export { PhotosPanel } from "./PhotosPanel";
export { AttachmentsDisclosure } from "./AttachmentsDisclosure";
export { useFilesTranslation } from "./i18n";
