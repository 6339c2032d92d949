import { useState, type FormEvent } from "react";
import type { Instrument, InstrumentPhoto } from "../../../../shared";
import { LIMITS } from "../../../../shared";
import { Alert } from "../../ui/Alert";
import { useFilesTranslation } from "./i18n";
import "./files.css";
import { usePhotoChange, type PhotoChange } from "./use-photos";

const ACCEPT = "image/jpeg,image/png,image/webp";

/** The instrument editor's photos: upload, replace, describe (ja/en) and remove; the first one is the main photo. */
export function PhotosPanel({ instrument, writable }: { instrument: Instrument; writable: boolean }) {
  const { t, fileError } = useFilesTranslation();
  const change = usePhotoChange(instrument.id);
  const [done, setDone] = useState<string | null>(null);
  const run = (next: PhotoChange, notice: string, after?: () => void) => {
    setDone(null);
    change.mutate(next, { onSuccess: () => { setDone(notice); after?.(); } });
  };
  return (
    <section className="card form-section photos-panel" aria-labelledby="photos-title" data-testid="photos-panel">
      <h2 id="photos-title">{t("photos.title")}</h2>
      <p className="hint">{t("photos.intro")}</p>
      {instrument.photos.length === 0 && <p className="muted">{t("photos.none")}</p>}
      <ul className="photo-list">
        {instrument.photos.map((photo, index) => (
          <PhotoItem key={photo.id} photo={photo} index={index} writable={writable} busy={change.isPending} onChange={run} />
        ))}
      </ul>
      {writable && instrument.photos.length < LIMITS.photosPerInstrument && <AddPhotoForm busy={change.isPending} onAdd={run} />}
      {change.isError && <Alert kind="error">{fileError(change.error)}</Alert>}
      {done && <Alert kind="success">{done}</Alert>}
    </section>
  );
}

type Run = (change: PhotoChange, notice: string, after?: () => void) => void;

function PhotoItem({ photo, index, writable, busy, onChange }: { photo: InstrumentPhoto; index: number; writable: boolean; busy: boolean; onChange: Run }) {
  const { t } = useFilesTranslation();
  const [altJa, setAltJa] = useState(photo.altJa);
  const [altEn, setAltEn] = useState(photo.altEn);
  const label = t("photos.photoN", { n: index + 1 });
  const saveText = (event: FormEvent) => {
    event.preventDefault();
    onChange({ kind: "text", photoId: photo.id, altJa, altEn }, t("photos.saved"));
  };
  return (
    <li className="photo-item" data-testid="photo-item">
      <figure>
        <img src={photo.url} alt={photo.alt} width={photo.width} height={photo.height} />
        <figcaption>{index === 0 ? t("photos.main") : label}</figcaption>
      </figure>
      <form onSubmit={saveText} aria-label={label}>
        <label className="field">{t("photos.altJa")}<input value={altJa} maxLength={LIMITS.photoAltMaxLength} disabled={!writable} onChange={(e) => setAltJa(e.target.value)} /></label>
        <label className="field">{t("photos.altEn")}<input value={altEn} maxLength={LIMITS.photoAltMaxLength} disabled={!writable} onChange={(e) => setAltEn(e.target.value)} /></label>
        {writable && (
          <div className="button-row">
            <button type="submit" className="button button-small" disabled={busy}>{t("photos.saveText")}</button>
            <label className="button button-secondary button-small file-button">
              {t("photos.replace")}
              <input type="file" accept={ACCEPT} className="visually-hidden" disabled={busy} onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) onChange({ kind: "replace", photoId: photo.id, file }, t("photos.replaced"));
                e.target.value = "";
              }} />
            </label>
            <button type="button" className="button button-danger-outline button-small" disabled={busy} onClick={() => onChange({ kind: "remove", photoId: photo.id }, t("photos.removed"))}>{t("photos.remove")}</button>
          </div>
        )}
      </form>
    </li>
  );
}

function AddPhotoForm({ busy, onAdd }: { busy: boolean; onAdd: Run }) {
  const { t } = useFilesTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [altJa, setAltJa] = useState("");
  const [altEn, setAltEn] = useState("");
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) return setMissing(true);
    const form = event.currentTarget;
    onAdd({ kind: "add", file, altJa, altEn }, t("photos.added"), () => { form.reset(); setFile(null); setAltJa(""); setAltEn(""); });
  };
  return (
    <form className="add-photo" onSubmit={submit} data-testid="add-photo" aria-labelledby="add-photo-title">
      <h3 id="add-photo-title">{t("photos.addTitle")}</h3>
      <label className="field">{t("photos.file")}<input type="file" accept={ACCEPT} onChange={(e) => { setFile(e.target.files?.[0] ?? null); setMissing(false); }} /></label>
      <label className="field">{t("photos.altJa")}<input value={altJa} maxLength={LIMITS.photoAltMaxLength} onChange={(e) => setAltJa(e.target.value)} /></label>
      <label className="field">{t("photos.altEn")}<input value={altEn} maxLength={LIMITS.photoAltMaxLength} onChange={(e) => setAltEn(e.target.value)} /></label>
      {missing && <p className="field-error">{t("photos.chooseFile")}</p>}
      <button type="submit" className="button" disabled={busy}>{busy ? t("photos.adding") : t("photos.add")}</button>
    </form>
  );
}
