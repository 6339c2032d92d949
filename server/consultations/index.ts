export { consultationRoutes } from "./consultations.routes";
export { loadConsultationForActor, setConsultationStatus, type StatusChange } from "./consultation-access";
export { canOnConsultation, type ConsultationAction } from "./consultation.policy";
