import { useTranslation } from "react-i18next";
import type { AssistanceType } from "../../../../shared";

interface Props {
  choices: AssistanceType[];
  value: AssistanceType;
  onChange: (value: AssistanceType) => void;
}

/** Radio cards for the kind of help wanted from the facility's staff. */
export function AssistanceChoice({ choices, value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="choice-group">
      <legend>{t("booking.assistanceTitle")}</legend>
      {choices.map((choice) => (
        <label key={choice} className={`choice${value === choice ? " choice-checked" : ""}`}>
          <input type="radio" name="assistance" value={choice} checked={value === choice} onChange={() => onChange(choice)} />
          <span>
            <strong>{t(`booking.assistance.${choice}`)}</strong>
            <small>{t(`booking.assistanceHint.${choice}`)}</small>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
