import { useTranslation } from "react-i18next";
import type { AssistanceType } from "../../../../shared";

interface Props {
  choices: AssistanceType[];
  value: AssistanceType;
  onChange: (value: AssistanceType) => void;
  /** Whether the user holds a valid qualification for self-use; unknown while loading. */
  selfUseQualified: boolean | undefined;
}

/** Radio cards for the kind of help wanted from the facility's staff. */
export function AssistanceChoice({ choices, value, onChange, selfUseQualified }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="choice-group">
      <legend>{t("booking.assistanceTitle")}</legend>
      {choices.map((choice) => {
        const locked = choice === "none" && selfUseQualified === false;
        return (
          <label key={choice} className={`choice${value === choice ? " choice-checked" : ""}${locked ? " choice-disabled" : ""}`}>
            <input type="radio" name="assistance" value={choice} checked={value === choice} disabled={locked} onChange={() => onChange(choice)} />
            <span>
              <strong>{t(`booking.assistance.${choice}`)}</strong>
              <small>{locked ? t("booking.notQualified") : choice === "none" && selfUseQualified ? t("booking.qualified") : t(`booking.assistanceHint.${choice}`)}</small>
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
