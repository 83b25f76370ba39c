/*
 * The form generated from a widget type's parameters (as /api/widget-types lists them), used to add
 * a widget and to configure one. The server validates; its messages are shown next to their fields.
 */
import { el } from './dom.js';

// Parameter types with a matching input type; the others (string, username…) are plain text.
const INPUT_TYPES = { email: 'email', integer: 'number', boolean: 'checkbox', url: 'url' };

/** Label, input, help and an (empty) error slot for one parameter; `value` is a config string. */
function parameterField(idPrefix, parameter, value) {
  const id = `${idPrefix}-${parameter.name}`;
  const checkbox = parameter.type === 'boolean';
  const help = parameter.help ? el('p', { class: 'field-help', id: `${id}-help` }, parameter.help) : null;
  return el('div', { class: checkbox ? 'field field-checkbox' : 'field' },
    el('label', { for: id }, parameter.label),
    el('input', {
      id,
      type: INPUT_TYPES[parameter.type] ?? 'text',
      name: parameter.name,
      value: checkbox ? null : (value ?? ''),
      checked: checkbox && value === 'true',
      // A required checkbox would have to be ticked; a boolean always has a value.
      required: parameter.required && !checkbox,
      'aria-describedby': help ? `${id}-help ${id}-error` : `${id}-error`,
    }),
    help,
    el('p', { class: 'field-error', id: `${id}-error`, 'data-field': parameter.name, role: 'alert' }));
}

/** The form's values as the API takes them: every parameter, as a string. */
function formConfig(form, parameters) {
  const config = {};
  for (const { name } of parameters) {
    const input = form.elements.namedItem(name);
    config[name] = input.type === 'checkbox' ? String(input.checked) : input.value;
  }
  return config;
}

function clearProblem(form) {
  for (const message of form.querySelectorAll('.field-error, .form-error')) message.textContent = '';
  form.querySelector('.form-error').hidden = true;
  for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
}

/** Puts the server's per-field messages next to their fields, and anything else above the buttons. */
function showProblem(form, error) {
  const slots = new Map([...form.querySelectorAll('.field-error')].map((slot) => [slot.dataset.field, slot]));
  const unmatched = [];
  let matched = false;
  for (const [name, message] of Object.entries(error.problem?.errors ?? {})) {
    const slot = slots.get(name);
    if (slot) {
      slot.textContent = message;
      form.elements.namedItem(name).setAttribute('aria-invalid', 'true');
      matched = true;
    } else {
      unmatched.push(`${name}: ${message}`); // e.g. "type", which has no field of its own
    }
  }
  const general = error.problem ? error.message : `Could not save: ${error.message}`;
  const formError = form.querySelector('.form-error');
  formError.textContent = [matched ? null : general, ...unmatched].filter(Boolean).join(' ');
  formError.hidden = !formError.textContent;
  form.querySelector('[aria-invalid="true"]')?.focus();
}

/**
 * A form with one field per parameter of a widget type; `valueOf(parameter)` gives a field's first
 * value. `onSubmit(config)` is awaited; when it throws (an ApiError from api.js), the server's
 * validation messages are shown. `novalidate`: the browser's own checks would hide the server's
 * messages, which are the ones that count.
 */
export function configForm({ idPrefix, parameters, valueOf, submitLabel, onSubmit, onCancel }) {
  const submit = el('button', { type: 'submit', class: 'button form-submit' }, submitLabel);
  const form = el('form', {
    class: 'widget-config-form',
    novalidate: true,
    onsubmit: async (event) => {
      event.preventDefault();
      clearProblem(form);
      submit.disabled = true;
      try {
        await onSubmit(formConfig(form, parameters));
      } catch (error) {
        showProblem(form, error);
      } finally {
        submit.disabled = false;
      }
    },
  },
  parameters.map((parameter) => parameterField(idPrefix, parameter, valueOf(parameter))),
  el('p', { class: 'form-error', role: 'alert', hidden: true }),
  el('div', { class: 'form-actions' },
    submit,
    onCancel ? el('button', { type: 'button', class: 'button button-secondary form-cancel', onclick: onCancel }, 'Cancel') : null));
  return form;
}
