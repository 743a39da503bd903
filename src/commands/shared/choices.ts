/**
 * Closed lists of values for flags and arguments: `.choices(LIST).argParser(oneOf(LIST))`. The
 * help and completion still show the list (commander keeps `argChoices`); a near miss is refused
 * with the nearest value (`--source profesor` → did you mean "professor"?), in commander's one line.
 */
import { InvalidArgumentError } from '@commander-js/extra-typings';
import { likelyTypo } from '../../domain/text.js';

/** A parser taking one of `values`, or a word in `aliases` for one of them (`thank-you` → `thankyou`). */
export function oneOf<const T extends string>(values: readonly T[], aliases: Readonly<Record<string, T>> = {}): (value: string) => T {
  return (value) => {
    if ((values as readonly string[]).includes(value)) return value as T;
    const alias = Object.hasOwn(aliases, value) ? aliases[value] : undefined;
    if (alias !== undefined) return alias;
    const guess = likelyTypo(value, values);
    throw new InvalidArgumentError(`${guess ? `Did you mean "${guess}"? ` : ''}Allowed choices are ${values.join(', ')}.`);
  };
}
