/** English texts of the calendar feature (i18next namespace "calendar"); ja.ts is typed against this shape. */
export const calendarEn = {
  title: "Calendar subscriptions",
  intro: "Follow your bookings and duties in Google Calendar, Outlook, Apple Calendar or Thunderbird. Subscribe once: new bookings, changes and cancellations then appear there by themselves.",
  kinds: {
    company: "All of my company's reservations",
    user: "Only my own reservations",
    staff: "My assignments and time off",
    instrument: "One instrument's busy times",
    institution: "All reservations at an institution",
  },
  kindHints: {
    company: "Everyone's bookings at {{company}}, with purpose, samples and the assigned staff member.",
    user: "Only the bookings you made yourself.",
    staff: "The sessions you are assigned to, and your time off.",
    instrument: "Busy times and maintenance only, with no company names or purposes: fit for sharing inside your institution.",
    institution: "Every reservation of the institution's instruments, and its maintenance windows.",
  },
  badges: { company: "Company", user: "Mine", staff: "My duties", instrument: "Instrument", institution: "Institution" },
  list: {
    title: "Your subscriptions",
    empty: "No subscriptions yet. Create one below, then add it to your calendar app.",
    created: "Created {{date}}",
    rotated: "New address since {{date}}",
  },
  create: {
    title: "New subscription",
    kind: "What should the calendar show?",
    institution: "Institution",
    chooseInstitution: "Choose an institution",
    instrument: "Instrument",
    chooseInstrument: "Choose an instrument",
    noInstruments: "This institution has no instruments.",
    label: "Name in your calendar app (optional)",
    labelHint: "Leave empty to use a name that says what the calendar shows.",
    submit: "Create subscription",
    submitting: "Creating…",
    created: "“{{label}}” is ready. Copy its address or add it to your calendar app.",
    unavailable: "Your account has no calendars to subscribe to.",
  },
  feed: {
    address: "Subscription address",
    copy: "Copy link",
    copied: "Copied. Paste it into your calendar app.",
    copyManually: "Your browser did not allow copying. The address is selected: press Ctrl+C (⌘C on a Mac) to copy it.",
    addTo: "Add to",
    webcal: "Calendar app on this device (webcal)",
    google: "Google Calendar",
    outlook: "Outlook",
    secret: "Keep this address private: anyone who has it can read this calendar. If it has leaked, get a new address.",
    rotate: "Get a new address",
    revoke: "Delete",
    actionsFor: "Actions for “{{label}}”",
  },
  rotate: {
    title: "Get a new address for “{{label}}”?",
    body: "The current address stops working at once. Calendars subscribed with it will no longer update: subscribe again with the new address and remove the old subscription there.",
    confirm: "Get a new address",
    done: "“{{label}}” has a new address. Subscribe again with it in your calendar apps.",
  },
  revoke: {
    title: "Delete “{{label}}”?",
    body: "The address stops working at once and calendar apps get no more updates from it. Remove the subscription in your calendar app as well, so its events do not linger there.",
    confirm: "Delete subscription",
    done: "“{{label}}” was deleted. Its address no longer works.",
  },
  keep: "Cancel",
  help: {
    title: "How to subscribe",
    intro: "Copy the address of a subscription, then add it in your calendar app:",
    apps: {
      google: {
        name: "Google Calendar",
        steps: [
          "Click “Google Calendar” next to the subscription, or in Google Calendar on a computer open Other calendars → + → From URL.",
          "Paste the address and click Add calendar. It then shows on your phone too.",
        ],
      },
      outlook: {
        name: "Outlook",
        steps: [
          "Outlook on the web or Microsoft 365: click “Outlook” next to the subscription, or choose Add calendar → Subscribe from web and paste the address.",
          "Outlook for Windows: Add calendar → From Internet, and paste the address.",
        ],
      },
      apple: {
        name: "Apple Calendar (Mac, iPhone, iPad)",
        steps: [
          "Click “Calendar app on this device (webcal)”, or on a Mac choose File → New Calendar Subscription and paste the address.",
          "On an iPhone or iPad: Settings → Calendar → Accounts → Add Account → Other → Add Subscribed Calendar.",
          "Set Auto-refresh to every hour.",
        ],
      },
      thunderbird: {
        name: "Thunderbird",
        steps: [
          "In the Calendar tab choose New Calendar → On the Network.",
          "Paste the address as the location, leave the user name empty, then Find Calendars → Subscribe.",
        ],
      },
    },
    delay: "Changes take a while to show: calendar apps fetch subscribed calendars on their own schedule, from about every 30 minutes (Thunderbird, Apple Calendar set to hourly) to once or a few times a day (Google Calendar, Outlook). This site always shows the current state.",
    single: "To add one booking without subscribing, use “Add to calendar (.ics)” on it in My reservations. That copy does not update.",
  },
  ics: {
    download: "Add to calendar (.ics)",
    downloading: "Preparing…",
    failed: "The calendar file could not be downloaded. Please try again.",
  },
};

export type CalendarTexts = typeof calendarEn;
