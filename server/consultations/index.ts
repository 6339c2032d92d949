export { consultationActionRoutes } from "./consultation-actions.routes";
export { consultationRoutes } from "./consultations.routes";
export { loadConsultationForActor, setConsultationStatus, type StatusChange } from "./consultation-access";
export { canOnConsultation, type ConsultationAction } from "./consultation.policy";
export { adviceEntries, adviceMinutesByInstitution, type AdviceEntry } from "./advice-minutes";
export { createConsultation } from "./consultation.service";
export { assignConsultation, routeConsultation } from "./routing.service";
export { closeConsultation, logAdviceTime, postMessage, reopenConsultation } from "./thread.service";
export { consultationMeetingRoutes } from "./meetings.routes";
