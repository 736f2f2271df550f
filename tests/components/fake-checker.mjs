// A fake checker for the flow fixture form (forms/flow.toml), for component tests in node and in
// Chromium: it answers the browser API's requests (CONTRACT §2) from small rules and writes down
// every request, so a test can see what the page asked. Nothing here needs node or a DOM.

const PHONE = /^0?5\d{9}$/;
// The fake's sentences as the engine would write them in the page's language: its numbers and codes
// as the only left-to-right runs of a right-to-left page, so the page's layout is seen as it will be.
const WORDS = {
  en: { empty: (field) => `Enter ${field}`, phone: "Enter a Turkish mobile number, like 0532 123 45 67",
    sent: (phone) => `We sent a 6-digit code to ${phone}`, confirmed: "Your phone number is confirmed.",
    wrong: (left) => `That code is not right. You have ${left} tries left.`, locked: "Three wrong codes. Send the code again.",
    keep: (number) => `Write down your application number: ${number}`,
    shows: (number) => `Your practice application number is ${number}` },
  ar: { empty: () => "أدخل هذه الإجابة", phone: "أدخل رقم هاتف محمول تركي، مثل 0532 123 45 67",
    sent: (phone) => `أرسلنا رمزًا من 6 أرقام إلى ${phone}`, confirmed: "تم تأكيد رقم هاتفك.",
    wrong: (left) => `الرمز غير صحيح. بقيت لك ${left} محاولات.`, locked: "ثلاثة رموز خاطئة. أرسل الرمز مرة أخرى.",
    keep: (number) => `اكتب رقم طلبك: ${number}`, shows: (number) => `رقم طلبك التدريبي هو ${number}` },
};

/** A checker that judges as the rules say: a phone must look like 05xx…, a name must not be empty,
 * a choice must be made; codes are "123456" then "654321" for each new one sent. */
export class FakeChecker {
  constructor(formId) {
    this.formId = formId;
    this.requests = [];
    this.sent = 0;
    this.wrong = 0;
    this.ready = new Promise((resolve) => (this.markReady = resolve));
  }

  connect(config, on) {
    this.config = config;
    this.words = WORDS[config.lang === "fa" ? "ar" : config.lang] ?? WORDS.en;
    this.on = on;
    if (!this.holdReady) this.becomeReady();
    return this;
  }

  becomeReady() {
    queueMicrotask(() => {
      // Halfway, in the bytes on the wire the page gave each runtime file (as the real worker counts).
      const total = [...(this.config.files ?? []), ...(this.config.modules ?? [])].reduce((sum, file) => sum + (file.transfer ?? file.size), 0);
      this.on.progress(Math.round(total / 2), total);
      this.on.starting();
      this.markReady();
      this.on.ready();
    });
  }

  stop() {}

  async check(stage, answers) {
    this.requests.push({ type: "check", stage, answers: { ...answers } });
    const errors = {};
    const mustAnswer = (this.formId === "flow" ? { start: ["for_whom", "phone"], other: ["other_name"] }
      : { start: ["path", "first_name"], again: ["last_name"] })[stage] || [];
    for (const field of mustAnswer) if (!answers[field]) errors[field] = this.words.empty(field);
    if (answers.phone && stage === "start" && !PHONE.test(answers.phone.replace(/\s/g, ""))) {
      errors.phone = this.words.phone;
    }
    // The flow form's way; for other fixture forms the page's own reading of the stages (next undefined).
    const next = this.formId === "flow" ? { start: answers.for_whom === "other" ? "other" : "sms", other: "sms", check: "end" }[stage] ?? null
      : undefined;
    const result = { ok: Object.keys(errors).length === 0, errors, warnings: {}, values: answers, confidence_notes: {}, next };
    if (next === "end") {
      const value = "2026-01-0000042";
      result.shows = { name: "application_number", value, message: this.words.shows(value) };
    }
    return result;
  }

  async send(stage, answers) {
    this.requests.push({ type: "send", stage, answers: { ...answers } });
    // ``holdSend``: the message does not come until ``sendArrives()`` (a slow phone's worker).
    if (this.holdSend) await new Promise((resolve) => (this.sendArrives = resolve));
    this.code = this.sent++ === 0 ? "123456" : "654321";
    this.wrong = 0;
    const made = { application_number: "2026-01-0000042" };
    return { code: this.code, sms: `Başvuru No: ${made.application_number}. Doğrulama kodunuz: ${this.code}`,
      sent: this.words.sent("0532 *** ** 67"), seconds: 180, made,
      keep: { application_number: this.words.keep(made.application_number) } };
  }

  async describe() {
    this.requests.push({ type: "describe" });
    return { stages: [], options: {} };
  }

  async confirm(code, stage, answers) {
    this.requests.push({ type: "confirm", code, stage, answers });
    if (code === this.code && this.wrong < 3) return { outcome: "confirmed", message: this.words.confirmed, next: "check" };
    this.wrong += 1;
    if (this.wrong >= 3) return { outcome: "locked", message: this.words.locked, attempts_left: 0 };
    return { outcome: "wrong", message: this.words.wrong(3 - this.wrong), attempts_left: 3 - this.wrong };
  }

  async review(answers) {
    this.requests.push({ type: "review", answers: { ...answers } });
    const labels = { for_whom: ["start", "Başvuru kimin için"], phone: ["start", "Cep Telefonu"], other_name: ["other", "Adı"],
      path: ["start", "İşlem"], first_name: ["start", "Ad"], last_name: ["again", "Soyad"] };
    const items = Object.entries(answers).filter(([field]) => labels[field])
      .map(([field, answer]) => ({ stage: labels[field][0], field, label: labels[field][1], meaning: `(${field})`, answer }));
    // The application number the SMS carried, once one was sent.
    const made = this.sent ? [{ stage: "sms", name: "application_number", label: "Başvuru No", meaning: "(application_number)",
      answer: "2026-01-0000042" }] : [];
    return { items, made };
  }
}
