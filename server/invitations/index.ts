export { inviteFirstCoordinator, type FirstCoordinatorOutcome } from "./first-coordinator";
export { invitationRoutes, organisationInvitationRoutes } from "./invitations.routes";
