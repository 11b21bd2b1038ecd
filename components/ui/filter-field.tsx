import { fieldClass } from './styles';

/** A text box that narrows a long list as the person types; `hintId` names the list's instructions. */
export function FilterField({ id, label, value, onChange, hintId }: { id: string; label: string; value: string; onChange: (value: string) => void; hintId: string }) {
  return (
    <>
      <label htmlFor={id} className="mt-2 block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        type="search"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={hintId}
        autoComplete="off"
        className={`${fieldClass} mt-1 w-full`}
      />
    </>
  );
}
