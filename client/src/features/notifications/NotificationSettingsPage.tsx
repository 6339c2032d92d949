import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Navigate } from "react-router";
import { NOTIFICATION_LIMITS, type NotificationKind, type NotificationSettings, type Role } from "../../../../shared";
import { NOTIFY } from "../../i18n/notify";
import { errorMessage } from "../../lib/error-message";
import { usePageTitle } from "../../lib/page-title";
import { useSession } from "../../lib/use-session";
import { Alert } from "../../ui/Alert";
import { FocusNotice } from "../../ui/FocusNotice";
import { Loading } from "../../ui/Loading";
import { ReminderFields } from "./ReminderFields";
import { useNotificationSettings, useSaveNotificationSettings } from "./use-settings";
import "./notifications.css";

/** What reaches the signed-in user by e-mail, reminders, the staff agenda and the admins' digest. */
export default function NotificationSettingsPage() {
  const { t } = useTranslation(NOTIFY);
  usePageTitle(t("settings.title"));
  const session = useSession();
  const settings = useNotificationSettings();
  if (session.isPending) return <Loading />;
  if (!session.data) return <Navigate to="/login?next=/settings/notifications" replace />;
  return (
    <section className="page">
      <div className="page-head">
        <h1>{t("settings.title")}</h1>
        <p className="muted">{t("settings.intro")}</p>
      </div>
      {settings.isPending && <Loading />}
      {settings.isError && <Alert kind="error">{errorMessage(settings.error, t)}</Alert>}
      {settings.data && <SettingsForm initial={settings.data} role={session.data.role} />}
    </section>
  );
}

function SettingsForm({ initial, role }: { initial: NotificationSettings; role: Role }) {
  const { t } = useTranslation(NOTIFY);
  const save = useSaveNotificationSettings();
  const [email, setEmail] = useState(initial.email);
  const [hours, setHours] = useState(initial.reminderLeadMinutes.map((m) => m / 60));
  const [agendaTime, setAgendaTime] = useState(initial.agendaTime);
  const [weeklyDigest, setWeeklyDigest] = useState(initial.weeklyDigest);
  const [colleagueBookings, setColleagueBookings] = useState(initial.colleagueBookings);
  const facility = role === "staff" || role === "institution_admin";
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const switchable = Object.fromEntries(initial.kinds.filter((k) => !initial.required.includes(k)).map((k) => [k, email[k] ?? true]));
    save.mutate({
      email: switchable,
      reminderLeadMinutes: role === "company_member" ? hours.map((h) => Math.round(h * 60)) : undefined,
      agendaTime: facility ? agendaTime : undefined,
      weeklyDigest: role === "institution_admin" ? weeklyDigest : undefined,
      colleagueBookings: role === "company_member" ? colleagueBookings : undefined,
    });
  };
  return (
    <form className="settings-form" onSubmit={submit} data-testid="notification-settings">
      <EmailKinds settings={initial} email={email} onChange={setEmail} />
      {role === "company_member" && <ReminderFields hours={hours} onChange={setHours} max={NOTIFICATION_LIMITS.maxReminders} />}
      {role === "company_member" && (
        <fieldset>
          <legend>{t("settings.colleaguesHeading")}</legend>
          <label className="checkbox-row"><input type="checkbox" checked={colleagueBookings} onChange={(e) => setColleagueBookings(e.target.checked)} /> {t("settings.colleaguesOn")}</label>
        </fieldset>
      )}
      {facility && (
        <fieldset>
          <legend>{t("settings.agendaHeading")}</legend>
          <p className="muted small">{t("settings.agendaHelp")}</p>
          <label className="checkbox-row"><input type="checkbox" checked={agendaTime !== null} onChange={(e) => setAgendaTime(e.target.checked ? "07:30" : null)} /> {t("settings.agendaOn")}</label>
          {agendaTime !== null && (
            <label className="field-inline">{t("settings.agendaTime")} <input type="time" value={agendaTime} required onChange={(e) => setAgendaTime(e.target.value)} /></label>
          )}
        </fieldset>
      )}
      {role === "institution_admin" && (
        <fieldset>
          <legend>{t("settings.digestHeading")}</legend>
          <label className="checkbox-row"><input type="checkbox" checked={weeklyDigest} onChange={(e) => setWeeklyDigest(e.target.checked)} /> {t("settings.digestOn")}</label>
        </fieldset>
      )}
      {save.isError && <Alert kind="error">{errorMessage(save.error, t)}</Alert>}
      {save.isSuccess && <FocusNotice kind="success">{t("settings.saved")}</FocusNotice>}
      <button type="submit" className="button" disabled={save.isPending}>{t("settings.save")}</button>
    </form>
  );
}

function EmailKinds({ settings, email, onChange }: { settings: NotificationSettings; email: NotificationSettings["email"]; onChange: (email: NotificationSettings["email"]) => void }) {
  const { t } = useTranslation(NOTIFY);
  return (
    <fieldset>
      <legend>{t("settings.emailHeading")}</legend>
      {settings.kinds.map((kind: NotificationKind) => {
        const required = settings.required.includes(kind);
        return (
          <label key={kind} className="checkbox-row">
            <input type="checkbox" checked={required || (email[kind] ?? true)} disabled={required} onChange={(e) => onChange({ ...email, [kind]: e.target.checked })} />
            {" "}{t(`settings.kinds.${kind}`)}{required && <span className="muted small"> ({t("settings.required")})</span>}
          </label>
        );
      })}
    </fieldset>
  );
}
