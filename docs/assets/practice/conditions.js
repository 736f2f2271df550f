// Which fields and stages apply, read from the page itself: the build writes each condition of the
// spec into the HTML as the spec writes it (data-only-if="citizenship=other", data-unless="use_passport"),
// and this one evaluator reads them all. It must agree with simulator.forms.Condition.holds, which
// tests/components/test_conditions_match_the_engine.py checks on every condition of every spec.

/** "field" (ticked, or answered at all) or "field=value" (this option chosen) as {field, value};
 * value is null for "field"; null for an empty or absent condition. */
export function parseCondition(text) {
  if (!text) return null;
  const [name, ...rest] = text.split("=");
  const value = rest.join("=").trim();
  return { field: name.trim(), value: value || null };
}

/** Whether ``condition`` holds for ``answers`` (field id → what the form would send). */
export function holds(condition, answers) {
  const answer = answers[condition.field] ?? "";
  return condition.value === null ? Boolean(answer) : answer === condition.value;
}

/** Whether an element with data-only-if / data-unless applies, given ``answers``. */
export function applies(element, answers) {
  const onlyIf = parseCondition(element.dataset.onlyIf);
  const unless = parseCondition(element.dataset.unless);
  return (!onlyIf || holds(onlyIf, answers)) && !(unless && holds(unless, answers));
}
