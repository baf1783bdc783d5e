export { CheckboxField } from './CheckboxField';
export { Field, FieldError, FieldHint, RequiredMark, useFieldIds } from './Field';
export { SelectField, optionsFrom, type SelectOption } from './SelectField';
export { TextAreaField } from './TextAreaField';
export { TextField } from './TextField';
