"""The rules of the tenth session: verbs of doing, undone deeds, denials and rumours, suspicions and
warrants, details not confirmed, switches and the vocabulary added with them (docs/events.md, "Rules of
the tenth session").

Every case is an Arabic sentence written for the test (none is from a bench file); the whole pipeline
runs on it, so each case checks what a user gets for that sentence.
"""

from __future__ import annotations

import pytest

from conftest import modalities_of, sentence_events


@pytest.mark.parametrize("text, category, modality", [
    # a verbal noun after a perfect verb of doing, its subject between, is a deed done
    ("أقدم مسلحون ملثمون على اختطاف طبيبين في المدينة", "attack_on_civilians", "asserted"),
    ("قام مجهولون باختطاف مهندس يعمل في الشركة", "attack_on_civilians", "asserted"),
    # a foiled attempt is no possible deed but one that did not happen
    ("أفشلت القوات محاولة المسلحين تطويق البلدة من الجهة الغربية", "siege", "negated"),
    # the accused deed of aid diverted, and what is coordinated with it
    ("اتهمت المنظمة الميليشيا بتحويل مسار المساعدات ونهبها من المستودعات", "looting", "hypothetical"),
    # rumours, and fighting "likely to" resume
    ("ترددت أنباء عن اعتزام قادة في الحزب الوطني فك تحالفهم مع الحركة المسلحة", "group_change", "hypothetical"),
    ("الاشتباكات بين العشائر المسلحة في المنطقة الشرقية مرشحة للتجدد", "armed_clash", "hypothetical"),
    # a deal that broke down before it was carried out
    ("انهار اتفاق تبادل المحتجزين بين الطرفين قبل تنفيذه", "agreement", "negated"),
    # a rumour refuted is a deed denied
    ("نفت الحركة شائعات عن اغتيال قائدها العسكري في المدينة", "attack_on_civilians", "negated"),
    # put off sine die: the time inside the plan it undid is no new date
    ("أرجئت إلى أجل غير مسمى المحادثات بين الطرفين التي كان مقررا عقدها في الدوحة الأسبوع المقبل",
     "negotiation", "negated"),
    # the accused's deed after a planning, the accused's own words with ب between
    ("اتهمت الشرطة شبكة مرتبطة بتنظيم متطرف بالتخطيط لتفجير عبوات في العاصمة", "bombing", "hypothetical"),
    # a report said to be baseless, far after the deed
    ("قالت الشرطة إن أنباء اختطاف تلاميذ من مدرسة القرية لا أساس لها", "attack_on_civilians", "negated"),
    # extended later
    ("قال الوسطاء إن الهدنة في المدينة ستمدد ثلاثة أيام أخرى", "ceasefire", "future"),
    # what could not be checked is a detail of the deed told before it: the deed stays told
    ("قصفت المدفعية قرى حدودية أمس، ولم يتسن التحقق من حجم الأضرار", "shelling", "asserted"),
    # a claim with a long subject before its verb
    ("زعمت الحكومة أن عناصر من الجماعات المسلحة المعارضة نهبوا مخازن الحبوب", "looting", "hypothetical"),
    # an extension refused; a mediation that came to nothing
    ("أعلنت الحركة رفضها تمديد وقف إطلاق النار مع الحكومة", "ceasefire", "negated"),
    ("لم تفلح الوساطة القطرية في إحياء اتفاق تبادل الأسرى", "agreement", "negated"),
    # an operation's aim, under a plan, is planned
    ("تستعد القوات لشن حملة تهدف إلى استعادة السيطرة على الطريق الدولي", "territory_change", "future"),
    # a warrant is no arrest made
    ("أصدرت المحكمة مذكرة توقيف بحق القائد السابق للميليشيا", "arrest", "hypothetical"),
    # suspected, the suspecters between the verb and أن
    ("يشتبه محققون دوليون في أن عناصر من الشرطة المحلية نهبوا مستودعات الإغاثة", "looting", "hypothetical"),
    # the future of a verb of doing before its noun
    ("قال الوزير إن قواته ستشن غارات على مواقع الجماعة في الجبال", "air_strike", "future"),
    # what was undergone, behind ل however far after تعرض, is the denied deed
    ("نفت المنظمة تعرض مستودعاتها في مدينة الجنينة للنهب", "looting", "negated"),
    # a story belied, the shooters between the launching and the shells
    ("كذب الأهالي رواية الجيش عن إطلاق المسلحين قذائف على المواقع العسكرية", "shelling", "negated"),
    # a device defused
    ("أبطل خبراء الهندسة مفعول عبوة ناسفة زرعت قرب المدرسة", "bombing", "negated"),
    # threatened by waving it (لوح ب)
    ("لوح المحتجون بإحراق مقار الأحزاب إذا لم تستقل الحكومة", "riot", "hypothetical"),
    # efforts that failed
    ("فشلت المساعي الأممية لإعلان هدنة إنسانية في المدينة", "ceasefire", "negated"),
    # to come into force later
    ("أعلن الوسطاء أن الهدنة ستدخل حيز التنفيذ عند منتصف الليل", "ceasefire", "future"),
    # a round not held, an attempt that failed
    ("لم تعقد الجولة الثالثة من المفاوضات التي كانت مقررة في جنيف", "negotiation", "negated"),
    ("فشلت المحاولة الأولى لإجلاء المرضى من المستشفى المحاصر", "evacuation", "negated"),
    # "without" negates only the noun right after it
    ("اقتحم مسلحون يستقلون سيارة دون لوحات مقر الجمعية واختطفوا موظفا", "attack_on_civilians", "asserted"),
    ("انسحبت القوات من البلدة دون قتال", "armed_clash", "negated"),
    # a detention denied as the bare object of the denial
    ("نفت وزارة الداخلية في بيان احتجاز أجهزتها لأي ناشط", "arrest", "negated"),
    # foiled with the foiling unit at length between; plans aborted (أجهض)
    ("أحبطت وحدة مكافحة الإرهاب في شرطة العاصمة هجوما انتحاريا على الكنيسة", "bombing", "negated"),
    ("أجهضت الشرطة مخططا لاغتيال محافظ الإقليم", "attack_on_civilians", "negated"),
    # efforts that led to nothing, their makers between
    ("لم تسفر مساعي الوسطاء الإقليميين عن التوصل إلى وقف لإطلاق النار", "ceasefire", "negated"),
    # unable to tighten the ring
    ("عجزت القوات عن إحكام الطوق على البلدة", "siege", "negated"),
    # what is to be announced is to come
    ("قال قادة الفصائل إنهم سيعلنون خلال أيام اندماج جماعاتهم في جيش واحد", "group_change", "future"),
    # an involvement denied
    ("نفت قيادة الشرطة ضلوع عناصرها في نهب المحال التجارية", "looting", "negated"),
    # a defection denied as the bare object of the denial
    ("نفى قيادي في الحركة انشقاق قائد القطاع الشمالي عنها", "group_change", "negated"),
])
def test_modality(text: str, category: str, modality: str) -> None:
    assert modality in modalities_of(text, category)


@pytest.mark.parametrize("text, category", [
    ("قتل سبعة أشخاص في هجوم بطائرة مسيرة استهدف سوقا شعبية في المدينة", "air_strike"),
    ("احتجزت البحرية الإيرانية ناقلة نفط أجنبية في مضيق هرمز", "looting"),
    ("استولى المسلحون على صوامع الحبوب في المنطقة", "looting"),
    ("أرسلت فرنسا مدمرة إلى شرق المتوسط", "deployment"),
    ("وصلت دفعة جديدة من المهجرين إلى مخيمات الشمال", "evacuation"),
    ("أعلنت أربعة تشكيلات مسلحة في الجنوب اندماجها في جسم واحد", "group_change"),
    ("أوقفت الشرطة الفرنسية أكثر من مئتي شخص خلال الليل", "arrest"),
    ("أحرقت مجموعات من الشبان إطارات ومحال تجارية في وسط المدينة", "riot"),
    ("حذرت المنظمة من أن البلدة قد تصبح معزولة بالكامل", "siege"),
    ("دانت الوزارة في رسالة إلى مجلس الأمن الهجوم على القافلة", "statement"),
    ("قتل مسلحون ستة فلاحين في قرية نائية شمال البلاد", "attack_on_civilians"),
    ("أطلق جنود النار على صيادين قرب الساحل", "attack_on_civilians"),
    ("أصدرت الحركة بيانا تطالب فيه بالإفراج عن المعتقلين", "statement"),
    ("كلف الرئيس اللواء قائد الفرقة الثالثة بحقيبة الداخلية في الحكومة العسكرية", "group_change"),
    ("أعلنت القيادة حل جميع الفصائل المسلحة في المحافظة", "group_change"),
    ("نفذت قوات حفظ السلام انتشارا واسعا على طول الحدود", "deployment"),
    ("أطلق الحرس الثوري صواريخ باليستية على مواقع في الإقليم", "shelling"),
    ("سقطت طائرتان مسيرتان على مطار المدينة", "air_strike"),
    ("أعلنت الفصائل تعليق عملياتها العسكرية ضد القوات الأجنبية", "ceasefire"),
    ("أعلن زعيم الحركة تجميد نشاط جناحها المسلح", "group_change"),
    ("أضرب آلاف من موظفي القطاع العام في عدد من المحافظات عن العمل", "protest"),
    ("استولى المسلحون على عشرات المركبات العسكرية بعد اقتحام القاعدة", "looting"),
    ("أعلنت الحكومة تعبئة جزئية لجنود الاحتياط", "deployment"),
    ("أعلنت العصابات المسلحة في العاصمة توحيد صفوفها في تحالف واحد", "group_change"),
    # homes of civilians burnt are property destroyed; civilians burnt are attacked
    ("أحرق المسلحون منازل المدنيين في القرية", "looting"),
    ("أحرق المسلحون مدنيين أحياء في القرية", "attack_on_civilians"),
    ("أوقفت الشرطة خمسة مشتبه بهم في الهجوم على الكنيسة", "arrest"),
    ("قرر رئيس الحركة حل المكتب التنفيذي وإعادة تشكيله", "group_change"),
    ("أعلنت وزارة الدفاع أنها ستدفع بكتيبتين إلى الحدود الجنوبية", "deployment"),
    ("عثر على جثث عشرة رجال مقيدي الأيدي في أطراف المدينة", "attack_on_civilians"),
    ("أشعل متظاهرون غاضبون النار في مقر البلدية", "riot"),
    ("أرسلت الحكومة فرقاطة إلى المياه الإقليمية", "deployment"),
    ("وقعت الحكومة مذكرة تفاهم أمنية مع الفصائل المسلحة", "agreement"),
    ("أعلن الطرفان وقفا دائما للأعمال العدائية", "ceasefire"),
    ("تعرضت القاعدة لهجوم بعدة صواريخ مساء الثلاثاء", "shelling"),
    ("سقطت أربعة صواريخ على حي سكني في المدينة", "shelling"),
    ("أقدم عناصر الشرطة على ضرب متظاهرين في الساحة", "attack_on_civilians"),
    ("اقتلع مستوطنون عشرات أشجار الزيتون في أراضي القرية", "looting"),
    ("أعلنت الحكومة أنها ستنشر فرقاطة ثانية في البحر الأحمر", "deployment"),
    ("استولت عناصر من الجماعة، أنزلت بمروحية، على سفينة الشحن", "looting"),
    ("قتل مسلحون مجهولون أربعة مدنيين في قرية نائية", "attack_on_civilians"),
    ("كشفت فرق الطب العدلي عن مقبرة جماعية جنوبي المدينة", "attack_on_civilians"),
    ("عادت نحو ثلاثمئة أسرة نازحة إلى منازلها في البلدة", "evacuation"),
    ("من المقرر أن تدخل هدنة محلية حيز التنفيذ صباح السبت", "ceasefire"),
    ("خرجت الدفعة الأخيرة من المقاتلين من الأحياء الشرقية", "evacuation"),
    ("اجتاحت حشود غاضبة الأسواق وأحرقت متاجر يملكها أجانب", "riot"),
    ("هددت الحكومة بنشر صواريخ على حدودها الغربية", "deployment"),
    ("أعلن الجيش الجمهوري أنه سيوقف جميع عملياته العسكرية", "ceasefire"),
    ("عادت الجماعة المنشقة إلى صفوف الحركة بعد سنوات من الانفصال", "group_change"),
    ("ستتسلم وحدات من الجيش النظامي إدارة المطار من المسلحين خلال أيام", "territory_change"),
    ("أحبطت القوات البحرية هجوما بزورق مفخخ قرب الميناء", "bombing"),
    ("أعلن التحالف أنه سيغلق جميع المنافذ البرية والبحرية للبلاد", "siege"),
    ("خرقت التهدئة المعلنة في القطاع مجددا", "ceasefire"),
    ("عين المجلس العسكري اللواء قائد المنطقة الشمالية رئيسا له", "group_change"),
    ("ألغت اللجان الموكب الذي كان مقررا يوم الأحد", "protest"),
    ("أطلقت القوات وابلا من الصواريخ الباليستية على المدينة، حسبما ذكر سلاح الجو", "shelling"),
    ("أطلق جنود النار على سيارة مدنية عند الحاجز", "attack_on_civilians"),
    ("أحكمت الجماعة المسلحة الخناق على البلدة", "siege"),
    ("اتفق الطرفان على وقف استهداف منشآت الطاقة لمدة شهر", "ceasefire"),
    ("أوقف جهاز الأمن الوطني مواطنا بتهمة التجسس", "arrest"),
    ("اضطر آلاف السكان إلى مغادرة البلدة بعد اقتحامها", "evacuation"),
    ("أرسلت منظمة معاهدة الأمن الجماعي وحدات حفظ سلام إلى البلاد", "deployment"),
    ("وقع البلدان بالأحرف الأولى على نص المعاهدة", "agreement"),
    ("تسلمت قوات الأمن المحلية مسؤولية الميناء من القوات الأجنبية", "territory_change"),
])
def test_category(text: str, category: str) -> None:
    assert category in [c for c, _ in sentence_events(text)]
