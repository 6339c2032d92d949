export { attachmentRoutes } from "./attachments.routes";
export { instrumentPhotoRoutes } from "./instrument-photos.routes";
export { reencodePhoto } from "./photo-image";
export { randomName, UploadStore } from "./upload-store";
export { cleanFileName } from "./attachments.service";
export { sendAttachment } from "./download";
export { singleFile, uploadedFile, type UploadedFile } from "./upload";
