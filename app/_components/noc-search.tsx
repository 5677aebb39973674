'use client';

import { useId, useState } from 'react';
import { findNoc, searchNoc, teerOfCode } from '@/lib/noc';
import { inputClass } from './form-controls';

type Props = {
  id: string;
  label: string;
  value: string;
  onChange: (code: string, title: string) => void;
  error?: string;
  errorId: string;
  errorTestId: string;
};

/**
 * NOC 2021 occupation field: type a code or words of a title, pick with the arrow keys and Enter (or
 * a click). A 5-digit code can always be typed directly. Shows the chosen group's title and TEER.
 */
export function NocSearch({ id, label, value, onChange, error, errorId, errorTestId }: Props) {
  const listId = useId();
  const [query, setQuery] = useState(value);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const options = open ? searchNoc(query) : [];
  const chosen = findNoc(value);
  const teer = teerOfCode(value);
  const infoId = `${id}-info`;

  function pick(code: string, title: string) {
    setQuery(code);
    setOpen(false);
    onChange(code, title);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' && options.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % options.length);
    } else if (event.key === 'ArrowUp' && options.length > 0) {
      event.preventDefault();
      setActive((i) => (i - 1 + options.length) % options.length);
    } else if (event.key === 'Enter' && open && options[active]) {
      event.preventDefault();
      pick(options[active].code, options[active].title);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  }

  return (
    <div className="relative">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">{label}</label>
      <input
        id={id}
        role="combobox"
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={options.length > 0 ? `${listId}-${active}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={[infoId, error ? errorId : null].filter(Boolean).join(' ')}
        autoComplete="off"
        value={query}
        placeholder="Code or title, e.g. 21232 or software"
        onChange={(event) => {
          const next = event.target.value;
          setQuery(next);
          setOpen(true);
          setActive(0);
          const code = next.trim();
          onChange(/^\d{5}$/.test(code) ? code : next, findNoc(code)?.title ?? '');
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        className={inputClass}
      />
      {options.length > 0 && (
        <ul id={listId} role="listbox" aria-label="Matching occupations" className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded-md bg-white py-1 text-sm shadow-lg ring-1 ring-slate-200">
          {options.map((option, index) => (
            <li
              key={option.code}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => {
                event.preventDefault();
                pick(option.code, option.title);
              }}
              className={`cursor-pointer px-3 py-1.5 ${index === active ? 'bg-brand-50 text-brand-800' : 'text-slate-700'}`}
            >
              <span className="font-mono">{option.code}</span> {option.title}
            </li>
          ))}
        </ul>
      )}
      <p id={infoId} className="mt-1 text-xs text-slate-500" data-testid="noc-info">
        {teer === null ? 'NOC 2021: 5 digits.' : chosen ? `TEER ${teer} · ${chosen.title}` : 'Not a NOC 2021 unit group: search by title.'}
      </p>
      {error && <p id={errorId} data-testid={errorTestId} className="mt-1 text-sm text-red-700">{error}</p>}
    </div>
  );
}
