"""The site's own words (table headers, notices, labels of generated parts) in every language.

Field meanings, hints and checker messages come from the simulator's catalogues;
these are the words around them.
"""

from simulator import card, passport

TEXT = {
    "col.label": {"en": "On the form (Turkish)", "ar": "على الاستمارة (بالتركية)", "tr": "Formda yazan"},
    "col.meaning": {"en": "What it means", "ar": "المعنى", "tr": "Anlamı"},
    "col.example": {"en": "Example", "ar": "مثال", "tr": "Örnek"},
    "col.check": {"en": "What the practice form checks", "ar": "ما تتحقق منه استمارة التدريب", "tr": "Alıştırma formunun kontrol ettiği"},
    "required": {"en": "required", "ar": "إلزامي", "tr": "zorunlu"},
    "optional": {"en": "optional", "ar": "اختياري", "tr": "isteğe bağlı"},
    "fields.caption": {"en": "The fields of the {form} form, in the order the form shows them",
                       "ar": "حقول استمارة {form} بالترتيب الذي تظهر به",
                       "tr": "{form} formunun alanları, formdaki sırasıyla"},
    "picture.label": {"en": "Drawing of the {form} form; the part this step is about is highlighted",
                      "ar": "رسم لاستمارة {form}؛ الجزء الذي تتحدث عنه هذه الخطوة مميّز بلون",
                      "tr": "{form} formunun çizimi; bu adımın anlattığı kısım vurgulu"},
    "picture.note": {"en": "Drawing, not a screenshot: the real page may look different.",
                     "ar": "هذا رسم وليس صورة للشاشة: قد يبدو الموقع الحقيقي مختلفاً.",
                     "tr": "Bu bir çizimdir, ekran görüntüsü değil: gerçek sayfa farklı görünebilir."},
    "picture.choose": {"en": "Seçiniz", "ar": "Seçiniz", "tr": "Seçiniz"},
    "confidence.inferred": {"en": "wording not confirmed", "ar": "الصياغة غير مؤكدة", "tr": "ifadesi doğrulanmadı"},
    "form.national": {"en": "national", "ar": "الولايات الأخرى", "tr": "diğer iller"},
    "portal.address": {"en": "The real portal was at {url} (last known to work: {date}).",
                       "ar": "كان الموقع الحقيقي على العنوان {url} (آخر تاريخ عُرف أنه يعمل فيه: {date}).",
                       "tr": "Gerçek portalın adresi {url} idi (çalıştığı bilinen son tarih: {date})."},
    "portal.unknown": {"en": "The address of the real form is not known any more (last reported: {date}).",
                       "ar": "عنوان الاستمارة الحقيقية لم يعد معروفاً (آخر ذكر له: {date}).",
                       "tr": "Gerçek formun adresi artık bilinmiyor (son bilgi: {date})."},
    "portal.closed": {"en": "The HES requirement ended on 2 March 2022, so the portal may no longer accept it.",
                      "ar": "انتهى العمل بشرط كود HES في 2 آذار/مارس 2022، لذلك قد لا يقبل الموقع هذا الطلب اليوم.",
                      "tr": "HES kodu zorunluluğu 2 Mart 2022'de kaldırıldı; portal bu işlemi artık kabul etmeyebilir."},
    "shown.only_if": {"en": "Only when “{label}” is ticked", "ar": "يظهر فقط عند وضع علامة على «{label}»",
                      "tr": "Yalnızca “{label}” işaretliyse"},
    "shown.unless": {"en": "Not asked when “{label}” is ticked", "ar": "لا يُطلب عند وضع علامة على «{label}»",
                     "tr": "“{label}” işaretliyse sorulmaz"},
    "button.row": {"en": "The button at the bottom", "ar": "الزر في أسفل الاستمارة", "tr": "En alttaki düğme"},
    "colour.yellow": {"en": "yellow", "ar": "أصفر", "tr": "sarı"},
    "colour.green": {"en": "green", "ar": "أخضر", "tr": "yeşil"},
    "colour.blue": {"en": "blue", "ar": "أزرق", "tr": "mavi"},
    "practice.link": {"en": "Practise this form", "ar": "تدرّب على هذه الاستمارة", "tr": "Bu formla alıştırma yapın"},
    "practice.coming": {"en": "The practice copy of this form is being built. Until it is ready, use the table of fields above to prepare your answers.",
                        "ar": "نسخة التدريب لهذه الاستمارة قيد الإعداد. إلى أن تجهز، استخدم جدول الحقول أعلاه لتحضير إجاباتك.",
                        "tr": "Bu formun alıştırma kopyası hazırlanıyor. Hazır olana kadar cevaplarınızı yukarıdaki alan tablosuyla hazırlayın."},
    "search.dialog": {"en": "Search this guide", "ar": "البحث في هذا الدليل", "tr": "Bu rehberde ara"},
    "fallback.notice": {"en": "This page is not translated yet; here it is in English.",
                        "ar": "هذه الصفحة لم تُترجم بعد؛ إليك النسخة الإنجليزية.",
                        "tr": "Bu sayfa henüz çevrilmedi; İngilizcesi aşağıda."},
}

CHECKS = {
    "name": {"en": "Turkish or English letters only; Arabic letters are refused",
             "ar": "أحرف تركية أو إنجليزية فقط؛ الأحرف العربية مرفوضة",
             "tr": "Yalnızca Türkçe veya İngilizce harfler; Arap harfleri kabul edilmez"},
    "kimlik": {"en": "11 digits, not starting with 0, with the two check digits right",
               "ar": "11 رقماً، لا يبدأ بصفر، وآخر رقمين صحيحان حسب قاعدة الرقم",
               "tr": "0 ile başlamayan, kontrol haneleri doğru 11 hane"},
    "passport": {"en": f"{passport.MIN_LENGTH} to {passport.MAX_LENGTH} Latin letters and digits",
                 "ar": f"من {passport.MIN_LENGTH} إلى {passport.MAX_LENGTH} من الأحرف اللاتينية والأرقام",
                 "tr": f"{passport.MIN_LENGTH} ile {passport.MAX_LENGTH} arasında Latin harfi ve rakam"},
    "birth_date": {"en": "A real date in the past, as day.month.year or year-month-day",
                   "ar": "تاريخ حقيقي في الماضي، بالشكل يوم.شهر.سنة أو سنة-شهر-يوم",
                   "tr": "Geçmişte gerçek bir tarih: gün.ay.yıl ya da yıl-ay-gün"},
    "email": {"en": "One @ and a domain such as gmail.com", "ar": "علامة @ واحدة ونطاق مثل gmail.com",
              "tr": "Bir @ işareti ve gmail.com gibi bir alan adı"},
    "card": {"en": f"{card.MIN_LENGTH} to {card.MAX_LENGTH} digits; spaces are ignored",
             "ar": f"من {card.MIN_LENGTH} إلى {card.MAX_LENGTH} رقماً؛ المسافات لا تهم",
             "tr": f"{card.MIN_LENGTH} ile {card.MAX_LENGTH} arası rakam; boşluklar dikkate alınmaz"},
    "phone": {"en": "A Turkish mobile number: 05 and 9 more digits", "ar": "رقم جوال تركي: 05 ثم 9 أرقام",
              "tr": "Türkiye cep telefonu: 05 ve 9 rakam daha"},
    "hes": {"en": "10 letters and digits; hyphens and spaces are ignored", "ar": "10 أحرف وأرقام؛ الشرطات والمسافات لا تهم",
            "tr": "10 harf ve rakam; tire ve boşluklar dikkate alınmaz"},
    "choice": {"en": "One of the options", "ar": "أحد الخيارين", "tr": "Seçeneklerden biri"},
    "province": {"en": "One of the 81 provinces", "ar": "إحدى الولايات الـ81", "tr": "81 ilden biri"},
    "consent": {"en": "Must be ticked", "ar": "يجب وضع علامة", "tr": "İşaretlenmeli"},
    "switch": {"en": "Tick it only if you use a passport", "ar": "ضع علامة فقط إذا كنت تستخدم جواز السفر",
               "tr": "Yalnızca pasaportla işlem yapacaksanız işaretleyin"},
}

LANGUAGE_DIRECTIONS = {"en": "ltr", "ar": "rtl", "tr": "ltr"}


def say(key: str, lang: str, **details: str) -> str:
    """The site's text ``key`` in ``lang`` (English if that language lacks it)."""
    entry = TEXT[key]
    return entry.get(lang, entry["en"]).format(**details)


def check(kind: str, lang: str) -> str:
    """What the practice form checks for a field of ``kind``, in ``lang``."""
    return CHECKS[kind].get(lang, CHECKS[kind]["en"])
