/** English texts of the billing feature (i18next namespace "billing"); ja.ts is typed against this shape. */
export const billingEn = {
  nav: { companyPage: "Charges and invoices" },
  month: "Month",
  charges: {
    title: "Charges and invoices",
    intro: "What your company's use of instruments costs, as it accrues, and the invoices issued to you. Amounts exclude consumption tax unless stated.",
    heading: "Charges",
    none: "No charges this month.",
    date: "Date", description: "Description", kind: "Kind", quantity: "Quantity", unitPrice: "Unit price", amount: "Amount", status: "Status",
    invoiced: "Invoiced", open: "Not yet invoiced", total: "Total before tax",
  },
  kinds: {
    instrument_time: "Instrument time", staff_time: "Staff time", cancellation: "Cancellation fee", no_show: "No-show fee", consumable: "Consumable", adhoc: "Other",
  },
  units: { item: "item", minutes: "× {{count}} min" },
  policyEditor: {
    title: "Billing and cancellation", basis: "Bill", unit: "Billing unit (minutes, rounded up)", freeHours: "Free cancellation until (hours before the start)",
    latePercent: "Later cancellation fee (% of the booked time)", noShowPercent: "No-show fee (% of the booked time)", save: "Save billing policy", saved: "Billing policy saved.",
  },
  adjust: {
    title: "Charges",
    intro: "The month's charges from recorded sessions and cancellations. Add consumables and other lines, and correct a charge until its invoice is issued; each correction is kept in the audit trail with its reason.",
    company: "Company", tax: "Tax rate", taxes: { standard: "10%", reduced: "8% (reduced)", exempt: "Tax-exempt" },
    addTitle: "Add a consumable or another line", addIntro: "For a company with charges this month. Amounts exclude consumption tax.",
    unit: "Unit", unitHint: "e.g. L, pcs, item", add: "Add line", added: "Line added.",
    correct: "Correct", correctTitle: "Correct the charge", reason: "Reason (kept in the audit trail)", save: "Save correction", cancel: "Cancel",
  },
  invoices: {
    heading: "Invoices",
    none: "No invoices yet.",
    number: "Number", issueDate: "Issued", dueDate: "Due", total: "Total (tax incl.)", paid: "Paid", unpaid: "Unpaid", open: "View / print",
    creditNote: "Credit note", draft: "Draft",
  },
  runs: {
    title: "Invoices",
    intro: "Each month: run the invoices to get one draft per company from that month's charges (in the institution's time zone), preview each, then issue. Running again replaces drafts, never issued invoices.",
    run: "Run invoices for this month", running: "Running…", ran: "{{count}} drafts ready for preview.",
    issue: "Issue", issued: "Invoice {{number}} issued.", csv: "Download CSV (accounting)",
    markPaid: "Mark paid", markUnpaid: "Mark unpaid", credit: "Credit note", creditReason: "Reason for the credit note",
    recipient: "Company", status: "Status", actions: "Actions", preview: "Preview",
    settings: "Issuer", registration: "Registration number", notRegistered: "No registration number set: invoices cannot be issued yet.",
  },
  settings: {
    title: "Issuer settings", issuerName: "Issuer (legal name)", paymentTermsDays: "Payment terms (days)", invoicePrefix: "Number prefix",
    taxRounding: "Tax rounding", paymentNote: "Payment instructions on invoices", save: "Save settings", saved: "Settings saved.",
  },
  invoice: {
    title: "Invoice", creditTitle: "Credit note", draftNotice: "Draft: not yet issued, the number and dates are given on issue.",
    recipientSuffix: "", issuer: "Issuer", registration: "Registration number", number: "Invoice number", issueDate: "Issue date", dueDate: "Payment due",
    period: "Period", creditOf: "Corrects invoice {{number}}", creditedBy: "Corrected by credit note {{number}}",
    date: "Date", description: "Description", quantity: "Quantity", unitPrice: "Unit price", amount: "Amount", rate: "Tax rate",
    byRate: "Totals by tax rate", taxable: "Amount ({{rate}} %)", taxOf: "Consumption tax ({{rate}} %)", exempt: "Tax-exempt",
    subtotal: "Subtotal (before tax)", tax: "Consumption tax", total: "Total", rounding: "Tax rounded once per rate ({{mode}}).",
    roundings: { floor: "rounded down", round: "rounded half up", ceil: "rounded up" },
    pdf: "Download PDF", pdfShort: "PDF",
    partlyCredited: "Partly credited by {{numbers}}; remaining balance {{remaining}} (tax incl.).", print: "Print / save as PDF", back: "Back", billed: "Please pay the amount below by the due date.",
  },
  errors: {
    reason: {
      invoice_issued: "This invoice has been issued and can no longer change. Correct it with a credit note.",
      issuer_not_registered: "Set the institution's qualified invoice registration number (T + 13 digits) first.",
    },
  },
  policy: {
    title: "Billing and cancellation",
    unit: "Billed in {{minutes}}-minute units (rounded up), on the {{basis}}.",
    booked: "booked time", actual: "time actually used",
    cancellation: "Cancelling is free until {{hours}} hours before the start; later, {{percent}} % of the booked time is charged.",
    noShow: "Not coming without cancelling: {{percent}} % of the booked time.",
    facility: "Cancellations by the facility are never charged.",
  },
  credit: {
    title: "Credit chosen lines", intro: "Issues a credit note at once for the lines and amounts chosen (yen, before tax); the rest of the invoice stays due.",
    lines: "Lines to credit", left: "{{amount}} left", amount: "Amount to credit for {{description}}", submit: "Issue credit note", none: "Choose at least one line.",
  },
};
