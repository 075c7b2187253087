import { describe, expect, test } from 'vitest';
import { format, stringsFor } from '../../src/model/ui-strings.js';

describe('player labels', () => {
  test('Spanish has every label English has, each filled in and with the same slots', () => {
    const en = stringsFor('en');
    const es = stringsFor('es');
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(es)) {
      expect(text, key).not.toBe('');
      expect(text, key).not.toBe(en[key as keyof typeof en]);
      const slots = (value: string) => (value.match(/\{\w+\}/g) ?? []).sort();
      expect(slots(text), key).toEqual(slots(en[key as keyof typeof en]));
    }
  });

  test('Spanish speaks to the learner as usted, as the lessons do, never as tú', () => {
    // Second-person tú forms that appeared in earlier labels ("Elige", "Tu puntaje", "Si fuiste tú").
    const tu = /\b(tú|tu|tus|te|ti|contigo|elige|revisa|envía|repasa|vuelve|cierra|usa|comunícate|avísale|puedes|quieras|terminaste|aprobaste|usaste|saliste|fuiste|vas|quedaste|actívalo|pide)\b/i;
    for (const [key, text] of Object.entries(stringsFor('es'))) expect(text, key).not.toMatch(tu);
    expect(stringsFor('es').chooseAll).toBe('Elija todas las que correspondan.');
    expect(stringsFor('es').yourScore).toBe('Su puntaje: {score}%');
  });

  test('falls back on the primary language, then English', () => {
    expect(stringsFor('es-MX')).toBe(stringsFor('es'));
    expect(stringsFor('ES')).toBe(stringsFor('es'));
    expect(stringsFor('fr-CA')).toBe(stringsFor('en'));
    expect(stringsFor('')).toBe(stringsFor('en'));
  });

  test('fills slots and leaves unknown ones visible', () => {
    expect(format('Screen {n} of {total}', { n: 3, total: 12 })).toBe('Screen 3 of 12');
    expect(format('Hello {name}', {})).toBe('Hello {name}');
  });
});
