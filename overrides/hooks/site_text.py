"""The site's own words (table headers, notices, labels of generated parts) in every language.

Field meanings, hints and checker messages come from the simulator's catalogues;
these are the words around them.
"""

from datetime import date

from babel import Locale
from babel.dates import format_date

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
    "picture.caption": {"en": "Picture of the form — you cannot type in it",
                        "ar": "صورة للاستمارة — لا يمكن الكتابة فيها",
                        "tr": "Formun resmi — içine yazılamaz"},
    "picture.part_label": {"en": "Part of the drawing of the {form} form; the part this step is about is highlighted",
                           "ar": "جزء من رسم استمارة {form}؛ الجزء الذي تتحدث عنه هذه الخطوة مميّز بلون",
                           "tr": "{form} formunun çiziminden bir kısım; bu adımın anlattığı kısım vurgulu"},
    "picture.note": {"en": "Drawing, not a screenshot: the real page may look different.",
                     "ar": "هذا رسم وليس صورة للشاشة: قد يبدو الموقع الحقيقي مختلفاً.",
                     "tr": "Bu bir çizimdir, ekran görüntüsü değil: gerçek sayfa farklı görünebilir."},
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
    "practice.frame": {"en": "Practice only — nothing you type is sent or saved",
                       "ar": "للتدريب فقط — لا يُرسل ولا يُحفظ أي شيء تكتبه",
                       "tr": "Yalnızca alıştırma — yazdığınız hiçbir şey gönderilmez ya da kaydedilmez"},
    "practice.notice": {"en": "The HES code rule ended on 2 March 2022: the real portals no longer ask for it. This copy is for practice only: no card is linked and no real SMS is sent.",
                        "ar": "انتهى العمل بشرط كود HES في 2 آذار/مارس 2022، ولم تعد المواقع الحقيقية تطلبه. هذه النسخة للتدريب فقط: لا تُربط أي بطاقة ولا تُرسل أي رسالة قصيرة حقيقية.",
                        "tr": "HES kodu zorunluluğu 2 Mart 2022'de kalktı; gerçek portallar artık bunu istemiyor. Bu kopya yalnızca alıştırma içindir: hiçbir kart eşleştirilmez, gerçek SMS gönderilmez."},
    "practice.noscript": {"en": "The practice form needs JavaScript, which is turned off in this browser. The guide works without it: use the table of fields on the guide page to prepare your answers.",
                          "ar": "تحتاج استمارة التدريب إلى JavaScript، وهي متوقفة في هذا المتصفح. الدليل يعمل من دونها: استخدم جدول الحقول في صفحة الدليل لتحضير إجاباتك.",
                          "tr": "Alıştırma formu JavaScript gerektirir ve bu tarayıcıda JavaScript kapalı. Rehber onsuz da çalışır: cevaplarınızı rehber sayfasındaki alan tablosuyla hazırlayın."},
    "practice.loading": {"en": "The practice form is loading…", "ar": "جارٍ تحميل استمارة التدريب…", "tr": "Alıştırma formu yükleniyor…"},
    "practice.idle": {"en": "The checker ({size} MB) downloads once, when you start filling in the form, and then works offline.",
                      "ar": "تُنزَّل أداة التحقق ({size} ميغابايت) مرة واحدة عندما تبدأ ملء الاستمارة، ثم تعمل من دون إنترنت.",
                      "tr": "Kontrol aracı ({size} MB) formu doldurmaya başladığınızda bir kez indirilir, sonra internetsiz de çalışır."},
    "practice.data_saver": {"en": "Data Saver is on, so the checker ({size} MB) downloads only when you press the button below.",
                            "ar": "وضع توفير البيانات مفعّل، لذلك لا تُنزَّل أداة التحقق ({size} ميغابايت) إلا عندما تضغط الزر أدناه.",
                            "tr": "Veri tasarrufu açık; kontrol aracı ({size} MB) yalnızca aşağıdaki düğmeye bastığınızda indirilir."},
    "practice.prepare": {"en": "Download the checker ({size} MB)", "ar": "نزّل أداة التحقق ({size} ميغابايت)",
                         "tr": "Kontrol aracını indir ({size} MB)"},
    "practice.preparing": {"en": "Downloading the checker… {done} of {total} MB. You can go on typing.",
                           "ar": "جارٍ تنزيل أداة التحقق… {done} من {total} ميغابايت. يمكنك متابعة الكتابة.",
                           "tr": "Kontrol aracı indiriliyor… {done} / {total} MB. Yazmaya devam edebilirsiniz."},
    "practice.starting": {"en": "Starting the checker…", "ar": "جارٍ تشغيل أداة التحقق…", "tr": "Kontrol aracı başlatılıyor…"},
    "practice.ready": {"en": "Ready: the checker works on this device, even offline.",
                       "ar": "جاهز: أداة التحقق تعمل على هذا الجهاز، حتى من دون إنترنت.",
                       "tr": "Hazır: kontrol aracı bu cihazda, internet olmadan da çalışır."},
    "practice.waiting": {"en": "Your answers will be checked as soon as the checker is ready.",
                         "ar": "ستُفحص إجاباتك حالما تجهز أداة التحقق.",
                         "tr": "Cevaplarınız kontrol aracı hazır olur olmaz kontrol edilecek."},
    "practice.unsupported": {"en": "The checker cannot run on this browser (it needs WebAssembly and web workers). The guide still works: use the table of fields to prepare your answers.",
                             "ar": "لا تعمل أداة التحقق على هذا المتصفح (تحتاج إلى WebAssembly وweb workers). الدليل يبقى صالحاً: استخدم جدول الحقول لتحضير إجاباتك.",
                             "tr": "Kontrol aracı bu tarayıcıda çalışamıyor (WebAssembly ve web worker gerekiyor). Rehber yine de işe yarar: cevaplarınızı alan tablosuyla hazırlayın."},
    "practice.failed.network": {"en": "The checker could not be downloaded. Check your connection, then press “Try again”. Your answers stay in the form.",
                                "ar": "تعذّر تنزيل أداة التحقق. تحقق من اتصالك ثم اضغط «حاول مرة أخرى». تبقى إجاباتك في الاستمارة.",
                                "tr": "Kontrol aracı indirilemedi. Bağlantınızı kontrol edip “Yeniden dene”ye basın. Cevaplarınız formda kalır."},
    "practice.failed.integrity": {"en": "A file of the checker arrived damaged. Press “Try again” to download it again.",
                                  "ar": "وصل أحد ملفات أداة التحقق تالفاً. اضغط «حاول مرة أخرى» لتنزيله من جديد.",
                                  "tr": "Kontrol aracının bir dosyası bozuk geldi. Yeniden indirmek için “Yeniden dene”ye basın."},
    "practice.failed.error": {"en": "The checker stopped working. Press “Try again”. Your answers stay in the form.",
                              "ar": "توقفت أداة التحقق عن العمل. اضغط «حاول مرة أخرى». تبقى إجاباتك في الاستمارة.",
                              "tr": "Kontrol aracı çalışmayı durdurdu. “Yeniden dene”ye basın. Cevaplarınız formda kalır."},
    "practice.retry": {"en": "Try again", "ar": "حاول مرة أخرى", "tr": "Yeniden dene"},
    "practice.problem": {"en": "There is a problem", "ar": "هناك مشكلة", "tr": "Bir sorun var"},
    "practice.error_prefix": {"en": "Error:", "ar": "خطأ:", "tr": "Hata:"},
    "practice.warning_prefix": {"en": "Check:", "ar": "تحقق:", "tr": "Kontrol edin:"},
    "choose": {"en": "Seçiniz", "ar": "Seçiniz", "tr": "Seçiniz"},
    "sms.phone_label": {"en": "Practice phone — not a real SMS", "ar": "هاتف للتدريب — ليست رسالة حقيقية",
                        "tr": "Alıştırma telefonu — gerçek bir SMS değil"},
    "sms.message": {"en": "Doğrulama kodunuz: {code}", "ar": "Doğrulama kodunuz: {code}", "tr": "Doğrulama kodunuz: {code}"},
    "sms.message_meaning": {"en": "(“Your confirmation code: …”)", "ar": "(«رمز التأكيد الخاص بك: …»)", "tr": "(SMS'in metni)"},
    "sms.title": {"en": "Enter the confirmation code", "ar": "اكتب رمز التأكيد", "tr": "Doğrulama kodunu yazın"},
    "sms.intro": {"en": "On the real portal a new window opens and an SMS arrives. Here the code appears on the practice phone above.",
                  "ar": "في الموقع الحقيقي تُفتح نافذة جديدة وتصلك رسالة قصيرة. هنا يظهر الرمز على هاتف التدريب في الأعلى.",
                  "tr": "Gerçek portalda yeni bir pencere açılır ve bir SMS gelir. Burada kod yukarıdaki alıştırma telefonunda görünür."},
    "sms.code_label": {"en": "Doğrulama Kodu", "ar": "Doğrulama Kodu", "tr": "Doğrulama Kodu"},
    "sms.code_meaning": {"en": "Confirmation code", "ar": "رمز التأكيد", "tr": "SMS ile gelen kod"},
    "sms.confirm": {"en": "Onayla", "ar": "Onayla", "tr": "Onayla"},
    "sms.confirm_meaning": {"en": "(Confirm)", "ar": "(تأكيد)", "tr": "(kodu gönderir)"},
    "sms.restart": {"en": "Start again from the form", "ar": "ابدأ من جديد من الاستمارة", "tr": "Forma dönüp yeniden başla"},
    "sms.time_left": {"en": "Time left: {time}", "ar": "الوقت المتبقي: {time}", "tr": "Kalan süre: {time}"},
    "sms.expired": {"en": "The code has expired. Press “Send the code again” to get a new one.",
                    "ar": "انتهت صلاحية الرمز. اضغط «أرسل الرمز مرة أخرى» لتحصل على رمز جديد.",
                    "tr": "Kodun süresi doldu. Yeni kod için “Kodu yeniden gönder”e basın."},
    "sms.checks": {"en": "Before you use the real form, check these answers:", "ar": "قبل أن تستخدم الاستمارة الحقيقية، تحقق من هذه الإجابات:",
                   "tr": "Gerçek formu kullanmadan önce şu cevapları kontrol edin:"},
    "done.title": {"en": "Practice complete", "ar": "اكتمل التدريب", "tr": "Alıştırma tamamlandı"},
    "done.intro": {"en": "On the real portal, the form asked you for:", "ar": "في الموقع الحقيقي طلبت منك الاستمارة:",
                   "tr": "Gerçek portalda form sizden şunları istedi:"},
    "done.again": {"en": "Practise again", "ar": "تدرّب مرة أخرى", "tr": "Yeniden alıştırma yap"},
    "practice.back": {"en": "Back to the guide", "ar": "العودة إلى الدليل", "tr": "Rehbere dön"},
    # Not "Kaydet" in Turkish: that is the practice form's own button, just above this panel.
    "offline.title": {"en": "Save for offline use", "ar": "احفظ للاستخدام من دون إنترنت", "tr": "İnternetsiz kullanmak için indirin"},
    "offline.intro": {"en": "Saved parts open without a connection. Nothing you type is ever saved.",
                      "ar": "الأجزاء المحفوظة تفتح من دون اتصال. لا يُحفظ أبداً أي شيء تكتبه.",
                      "tr": "İndirilen bölümler internet olmadan açılır. Yazdığınız hiçbir şey asla kaydedilmez."},
    "offline.guide": {"en": "This guide in English", "ar": "هذا الدليل بالعربية", "tr": "Bu rehber Türkçe"},
    "offline.all": {"en": "The guide in all three languages", "ar": "الدليل باللغات الثلاث", "tr": "Rehber, üç dilde"},
    "offline.practice": {"en": "The practice forms (the checker)", "ar": "استمارات التدريب (أداة التحقق)",
                         "tr": "Alıştırma formları (kontrol aracı)"},
    "offline.size": {"en": "{size} MB", "ar": "{size} ميغابايت", "tr": "{size} MB"},
    "offline.save": {"en": "Save", "ar": "احفظ", "tr": "İndir"},
    "offline.saved": {"en": "Saved", "ar": "محفوظ", "tr": "İndirildi"},
    "offline.saving": {"en": "Saving… {done} of {total} MB", "ar": "جارٍ الحفظ… {done} من {total} ميغابايت",
                       "tr": "İndiriliyor… {done} / {total} MB"},
    "offline.failed": {"en": "Saving stopped. Check your connection and try again.",
                       "ar": "توقف الحفظ. تحقق من اتصالك وحاول مرة أخرى.",
                       "tr": "İndirme durdu. Bağlantınızı kontrol edip yeniden deneyin."},
    "offline.no_space": {"en": "There is not enough free space on this device to save {size} MB (about {free} MB is free). Free some space, then try again.",
                         "ar": "لا توجد مساحة فارغة كافية على هذا الجهاز لحفظ {size} ميغابايت (المتاح نحو {free} ميغابايت). أفرغ بعض المساحة ثم حاول مرة أخرى.",
                         "tr": "Bu cihazda {size} MB indirmek için yeterli boş alan yok (yaklaşık {free} MB boş). Biraz yer açıp yeniden deneyin."},
    "offline.damaged": {"en": "A file arrived damaged, so nothing was saved. Try again later.",
                        "ar": "وصل أحد الملفات تالفاً، فلم يُحفظ شيء. حاول مرة أخرى لاحقاً.",
                        "tr": "Bir dosya bozuk geldi, bu yüzden hiçbir şey indirilmedi. Daha sonra yeniden deneyin."},
    "offline.preparing": {"en": "Getting ready to save…", "ar": "جارٍ التحضير للحفظ…", "tr": "İndirmeye hazırlanıyor…"},
    "offline.unavailable": {"en": "Saving for offline use is not available right now. Reload the page and try again.",
                            "ar": "الحفظ للاستخدام من دون إنترنت غير متاح الآن. أعد تحميل الصفحة وحاول مرة أخرى.",
                            "tr": "İnternetsiz kullanım için indirme şu anda yapılamıyor. Sayfayı yenileyip yeniden deneyin."},
    "offline.unsupported": {"en": "This browser cannot save pages for offline use.",
                            "ar": "هذا المتصفح لا يستطيع حفظ الصفحات للاستخدام من دون إنترنت.",
                            "tr": "Bu tarayıcı sayfaları çevrimdışı kullanım için kaydedemiyor."},
    "update.text": {"en": "A new version is available", "ar": "يتوفر إصدار جديد", "tr": "Yeni bir sürüm var"},
    "update.reload": {"en": "Reload", "ar": "أعد التحميل", "tr": "Yenile"},
    "status.title": {"en": "The HES requirement ended on 2 March 2022", "ar": "انتهى العمل بشرط كود HES في 2 آذار/مارس 2022",
                     "tr": "HES kodu zorunluluğu 2 Mart 2022'de kalktı"},
    "status.text": {"en": "You no longer need to link a transport card to a HES code. This page describes the forms as they were between October 2020 and March 2022, so you can practise them or help someone with a similar Turkish form. Information last reviewed on {date}.",
                    "ar": "لم تعد بحاجة إلى ربط بطاقة المواصلات بكود HES. تشرح هذه الصفحة الاستمارات كما كانت بين تشرين الأول/أكتوبر 2020 وآذار/مارس 2022، لتتدرّب عليها أو تساعد غيرك في استمارة تركية مشابهة. آخر مراجعة للمعلومات: {date}.",
                    "tr": "Ulaşım kartını HES koduna bağlamanız artık gerekmiyor. Bu sayfa formları Ekim 2020 ile Mart 2022 arasındaki hâliyle anlatır; böylece alıştırma yapabilir ya da benzer bir Türkçe formda birine yardım edebilirsiniz. Bilgilerin son gözden geçirilme tarihi: {date}."},
    "report.title": {"en": "Report a mistake", "ar": "الإبلاغ عن خطأ", "tr": "Hata bildirin"},
    "report.text": {"en": "If a step, a word or a rule is wrong, or the real form looked different, tell us which page it is and what you saw.",
                    "ar": "إذا وجدت خطوة أو كلمة أو قاعدة غير صحيحة، أو كانت الاستمارة الحقيقية مختلفة، فأخبرنا في أي صفحة وماذا رأيت.",
                    "tr": "Bir adım, bir terim ya da bir kural yanlışsa ya da gerçek form farklı görünüyorduysa, hangi sayfada ne gördüğünüzü bize yazın."},
    "report.link": {"en": "Report a mistake", "ar": "أبلغ عن خطأ", "tr": "Hata bildir"},
    "notfound.title": {"en": "Page not found", "ar": "الصفحة غير موجودة", "tr": "Sayfa bulunamadı"},
    "notfound.text": {"en": "There is no page at this address. It may have moved, or the address may have a mistake in it.",
                      "ar": "لا توجد صفحة على هذا العنوان. ربما نُقلت، أو في العنوان خطأ.",
                      "tr": "Bu adreste bir sayfa yok. Sayfa taşınmış ya da adreste bir yanlışlık olabilir."},
    "notfound.home": {"en": "Go to the home page of the guide", "ar": "اذهب إلى الصفحة الرئيسية للدليل",
                      "tr": "Rehberin ana sayfasına gidin"},
    # Babel locales for month names; several are joined with "/" (Arabic readers know both the
    # Levantine and the Egyptian names, as in "آذار/مارس").
    "date.locales": {"en": "en", "ar": "ar_SY ar", "tr": "tr"},
    "search.dialog": {"en": "Search this guide", "ar": "البحث في هذا الدليل", "tr": "Bu rehberde ara"},
    "search.placeholder": {"en": "Search", "ar": "ابحث", "tr": "Ara"},
    "search.reset": {"en": "Clear", "ar": "امسح", "tr": "Temizle"},
    "search.prompt": {"en": "Type a word to search this guide.", "ar": "اكتب كلمة للبحث في هذا الدليل.",
                      "tr": "Bu rehberde aramak için bir kelime yazın."},
    "search.loading": {"en": "Searching…", "ar": "جارٍ البحث…", "tr": "Aranıyor…"},
    "search.count": {"en": "Pages found: {count}", "ar": "الصفحات التي وُجدت: {count}", "tr": "Bulunan sayfa: {count}"},
    "search.none": {"en": "No page of this guide has these words. Try another word, or fewer words.",
                    "ar": "لا توجد صفحة في هذا الدليل فيها هذه الكلمات. جرّب كلمة أخرى أو كلمات أقل.",
                    "tr": "Bu rehberde bu kelimeleri içeren bir sayfa yok. Başka bir kelime ya da daha az kelime deneyin."},
    "search.failed": {"en": "Search could not load. Connect to the internet and try again.",
                      "ar": "تعذّر تحميل البحث. اتصل بالإنترنت وحاول مرة أخرى.",
                      "tr": "Arama yüklenemedi. İnternete bağlanıp yeniden deneyin."},
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



def direction(lang: str) -> str:
    """"rtl" or "ltr", from the language's script as the Unicode CLDR (through Babel) records it."""
    return "rtl" if Locale.parse(lang.replace("-", "_")).character_order == "right-to-left" else "ltr"


# The languages this catalogue is written in (those of its first entry), each with its direction.
LANGUAGE_DIRECTIONS = {lang: direction(lang) for lang in next(iter(TEXT.values()))}


def month_name(day: date, lang: str) -> str:
    names = [format_date(day, "MMMM", locale=locale) for locale in say("date.locales", lang).split()]
    return "/".join(dict.fromkeys(names))


def month_year(value: str, lang: str) -> str:
    """A "2021-01" date as words in ``lang``: "January 2021", "كانون الثاني/يناير 2021", "Ocak 2021"."""
    year, month = (int(part) for part in str(value).split("-")[:2])
    return f"{month_name(date(year, month, 1), lang)} {year}"


def day_month_year(value: str | date, lang: str) -> str:
    """A "2026-11-24" date as words in ``lang``: "24 November 2026", "24 Kasım 2026"."""
    day = value if isinstance(value, date) else date.fromisoformat(value)
    return f"{day.day} {month_name(day, lang)} {day.year}"


def say(key: str, lang: str, **details: str) -> str:
    """The site's text ``key`` in ``lang`` (English if that language lacks it)."""
    entry = TEXT[key]
    return entry.get(lang, entry["en"]).format(**details)


def phrases(prefixes: tuple[str, ...], lang: str) -> dict[str, str]:
    """The texts whose keys start with ``prefixes``, unformatted, for a page script to fill in."""
    return {key: entry.get(lang, entry["en"]) for key, entry in TEXT.items() if key.startswith(prefixes)}


def check(kind: str, lang: str) -> str:
    """What the practice form checks for a field of ``kind``, in ``lang``."""
    return CHECKS[kind].get(lang, CHECKS[kind]["en"])
