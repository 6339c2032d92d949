/** Named limits used by both the server's validation and the client's forms. */
export const LIMITS = {
  purposeMaxLength: 2000,
  sampleDescriptionMaxLength: 2000,
  noteMaxLength: 1000,
  reasonMaxLength: 1000,
  nameMaxLength: 200,
  emailMaxLength: 254,
  addressMaxLength: 500,
  /** Each language's text of the terms of use. */
  termsMaxLength: 50_000,
  passwordMinLength: 10,
  passwordMaxLength: 200,
  searchQueryMaxLength: 200,
  pageSizeDefault: 20,
  pageSizeMax: 100,
  /** Longest range one availability request may cover. */
  availabilityMaxDays: 62,
  /** Allowed slot granularities in minutes (each divides a day, so the grid is stable across days). */
  slotMinutesChoices: [5, 10, 15, 20, 30, 60, 120, 240] as const,
  maxBookingHorizonDays: 730,
  feedLabelMaxLength: 100,
  /** Calendar feeds: how far back past events stay, how long cancelled ones stay so clients remove them, how often to refresh. */
  feedPastDays: 90,
  feedCancelledKeepDays: 30,
  feedRefreshMinutes: 60,
  /** Longest single reservation (an instrument's maxDurationMinutes cannot exceed it); calendar queries rely on it. */
  maxReservationMinutes: 7 * 24 * 60,
  /** Longest call or visit staff propose on a consultation; calendar queries rely on it too. */
  consultationMeetingMaxMinutes: 8 * 60,
  /** Instrument photos: largest upload, how many per instrument, the longest side kept after re-encoding. */
  photoMaxBytes: 5 * 1024 * 1024,
  photosPerInstrument: 10,
  photoMaxPixels: 1600,
  photoAltMaxLength: 300,
  /** Files a company attaches to a booking (safety data sheets, drawings). */
  attachmentMaxBytes: 20 * 1024 * 1024,
  attachmentsPerReservation: 10,
  attachmentNameMaxLength: 200,
  /** Files on one consultation (the need's and the thread's together), each within attachmentMaxBytes. */
  attachmentsPerConsultation: 20,
  /** Consultations: the one-line summary, the longer texts (details, what to find out, messages), short fields. */
  consultationSummaryMaxLength: 200,
  consultationTextMaxLength: 5000,
  consultationFieldMaxLength: 500,
} as const;
