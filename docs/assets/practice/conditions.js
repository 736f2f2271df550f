// Which fields and stages apply, read from the page itself: the build writes each condition of the
// spec into the HTML as data (data-only-if="citizenship" data-only-if-value="other"; no value:
// "ticked, or answered at all"), and this one evaluator reads them all. It must agree with
// simulator.form_model.Condition.holds: tests/components/test_conditions_match_the_engine.py checks
// it on every condition of every spec.

/** Whether ``condition`` ({field, value}; value null for "answered at all") holds for ``answers``
 * (field id → what the form would send). */
export function holds(condition, answers) {
  const answer = answers[condition.field] ?? "";
  return condition.value === null ? Boolean(answer) : answer === condition.value;
}

/** The condition ``name`` ("onlyIf" or "unless") an element carries, or null. */
export function conditionOf(element, name) {
  const field = element.dataset[name];
  return field ? { field, value: element.dataset[`${name}Value`] ?? null } : null;
}

/** Whether an element with data-only-if / data-unless applies, given ``answers``. */
export function applies(element, answers) {
  const onlyIf = conditionOf(element, "onlyIf");
  const unless = conditionOf(element, "unless");
  return (!onlyIf || holds(onlyIf, answers)) && !(unless && holds(unless, answers));
}
