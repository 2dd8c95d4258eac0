"""Which trigger mentions are events at all, beyond their words: an agreement or a truce named with
the article is one only when the text tells of it being made; a statement, a meeting, a flight or a
change in a group only when its clause anchors it as its sense ``needs`` (a party, a person, another
event, a place, a number, a population); a violent one not when it strikes a thing no force can (ضرب
الاستقرار), nor in a sentence about sport.  The words are in ``triggers.yaml`` (``reference``,
``makers``, ``needs``, ``abstract_objects``, ``sport_words``) and ``roles.yaml`` (``parties``,
``person_words``, ``population``)."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache, lru_cache

from rasad.document import Document
from rasad.events import arguments, dating, modality
from rasad.events.dating import Stamp
from rasad.events.lexicon import PRESENT_PREFIXES, Accident, Trigger, holds_any, lexicon, quantities_lexicon
from rasad.events.merging import Candidate
from rasad.events.topic import topic_score
from rasad.text.normalise import written_with_ha
from rasad.text.proclitics import inventory
from rasad.text.segment import Segment, Segmentation, opens_clause

MAKER_BEFORE, MAKER_AFTER = 6, 6  # maker words this near a reference noun (توصل الطرفان إلى الاتفاق; its
# parties between: توقيع دول الخمسة زائد واحد على اتفاق التفاهم النووي)
CLITICS = arguments.CONJ_PREP  # the proclitics a maker or a party word may carry (و ف, then ب ل ك)
_ARTICLE = inventory().article


def named(seg: Segmentation, t: Trigger, places: list[arguments.Arg]) -> bool:
    """Whether an event noun without the article is named by the place or the thing joined to it
    (اتفاق فيينا، اتفاق الطائف، اتفاق المبادرة الخليجية): it is then as definite as الاتفاق.  Not a
    phrase: what follows صفقة لتبادل is what is exchanged (صفقة لتبادل الأسرى), no name."""
    if t.kind != "noun" or seg.token_index(t.end - 1) != seg.token_index(t.start):
        return False
    k = bisect_left(seg.token_starts, t.end)  # the word after the trigger
    if k == len(seg.token_starts) or seg.token_starts[k] >= seg.sentence_at(t.start).end:
        return False
    if seg.token_words[k].startswith(_ARTICLE):
        return True
    start = seg.token_starts[k]
    i = bisect_left(places, start, key=lambda a: a.start)
    return i < len(places) and places[i].start == start


def made_here(seg: Segmentation, t: Trigger, window: tuple[int, int], stamps: list[Stamp]) -> bool:
    """Whether a definite noun of a ``reference`` sense (الاتفاق) tells of the thing being made: a
    maker word shortly before it (توصل الطرفان إلى الاتفاق، توقيع الاتفاق) or after it in its clause
    (الاتفاقات التي توصل إليها كيري ولافروف), or a date after it in its clause (الاتفاق الموقع في 9
    أيلول).  Otherwise it names one made before (الاتفاق النووي) and tells of no happening."""
    here = seg.token_index(t.start)
    tokens = seg.tokens_between(window[0], window[1])
    near = range(max(tokens.start, here - MAKER_BEFORE), min(tokens.stop, here + MAKER_AFTER + 1))
    if arguments.among(seg.token_words, arguments.with_clitics(lexicon().makers, CLITICS), near, skip=here):
        return True
    return any(t.end <= s.start and s.end <= window[1] and not s.bound for s in stamps)


def figurative(seg: Segmentation, t: Trigger, category: str, sport: dict[int, bool],
               fiction: dict[int, bool], name_tails: frozenset[int] = frozenset()) -> bool:
    """Whether a trigger is a figure of speech: a word of ``abstract_categories`` (violent, territorial
    or flight) whose object, the next word (past a preposition of ``object_prepositions`` and a
    demonstrative: تحرير هذه السلسلة، سيطر على النهج), is a thing no force can strike, besiege, take or leave
    (``abstract_objects`` in triggers.yaml: ضرب الاستقرار، استهداف العلاقات، استعادة الثقة، الحصار
    الاقتصادي، يهجر نهج القاعدة; and those of its category in ``abstract_objects_of``: تحرير السوق is
    a figure, قصف السوق is not; a trigger that counts its object in digits has it: نقل نحو 1500 لاجئ مالي,
    Malian refugees, no money), or any trigger not of ``sport_categories`` (a riot, a protest, an
    arrest) in a sentence that tells of sport (``sport_words``: يلعب في خانة الهجوم، المواجهات الودية
    للفريق، اجتماع المدرب مع اللاعبين); and a trigger alone between quotation marks (``word_quotes``) right
    after a word of ``word_nouns``, a word named (كلمة «هجوم» على وزن فعول).  A word opening a name the knowledge base
    knows (its next token in ``name_tails``) is no abstract object (قتل مسلحون من الدعم السريع: not حشد الدعم)."""
    lex, words = lexicon(), seg.token_words
    if _word_named(seg, t, lex.word_quotes, lex.word_nouns):
        return True  # كلمة «هجوم» على وزن فعول: a word named, alone between quotation marks
    sentence = seg.sentence_at(t.start)
    objects = lex.abstract_by_category.get(category)
    if objects is not None and not any(ch.isdigit() for ch in seg.text[t.start:t.end]) \
            and _abstract_object(seg, t.end, sentence.end, objects, name_tails):
        return True
    if _fiction(seg, sentence, fiction):
        return True
    if category in lex.sport_categories:
        return False
    marks = arguments.with_clitics(lex.sport_words, CLITICS)
    if -1 not in sport:  # ``sport``: the answer for the document (-1), then for each sentence by its start
        sport[-1] = not marks.isdisjoint(words) or holds_any(lex.sport_finder, seg.text)
    if not sport[-1]:
        return False
    if sentence.start not in sport:
        sport[sentence.start] = arguments.among(words, marks, seg.tokens_between(sentence.start, sentence.end)) \
            or lex.sport_finder is not None and any(  # (the phrases the sentence holds, found in one pass)
                _told_of(seg.text, p, sentence.start, sentence.end, lex.sport_grounds)
                for _, p in lex.sport_finder.iter(seg.text, sentence.start, sentence.end))
    return sport[sentence.start]


def _word_named(seg: Segmentation, t: Trigger, quotes: dict[str, str], nouns: frozenset[str]) -> bool:
    """Whether the trigger stands alone between quotation marks right after a noun that names a word."""
    if not t.start or quotes.get(seg.text[t.start - 1]) != seg.text[t.end:t.end + 1]:
        return False
    k = seg.token_index(t.start)
    return k > 0 and seg.token_words[k - 1] in nouns


FIGURE_ADJECTIVES = 2  # words between a trigger and the preposition of its object (معركة طويلة وصبورة مع المرض)


def _abstract_object(seg: Segmentation, end: int, sentence_end: int, objects: frozenset[str],
                     name_tails: frozenset[int] = frozenset()) -> bool:
    """Whether the object of the trigger ending at ``end`` is one of ``objects``: the next word, past a
    preposition of ``object_prepositions`` (up to ``FIGURE_ADJECTIVES`` words after the trigger, none of
    them after punctuation: معركة طويلة مع المرض، استولى تدريجيا على ذاكرته) and a demonstrative (تحرير هذه
    السلسلة، سيطر على النهج); a person after the preposition is none (أطلقا النار على الإعلامي)."""
    lex, words, starts = lexicon(), seg.token_words, seg.token_starts
    k = bisect_left(starts, end)  # the word after the trigger
    if _object_among(seg, k, sentence_end, objects, name_tails=name_tails):
        return True  # ضرب الاستقرار، تحرير السوق من الاحتكار
    for j in range(k, min(k + FIGURE_ADJECTIVES + 1, len(words))):
        if j > k and seg.text[seg.token_ends[j - 1]:starts[j]].strip():
            return False  # punctuation: the clause goes on without an object
        if words[j] in lex.object_prepositions:  # سيطر على النهج التعليمي: the object of the preposition
            return _object_among(seg, j + 1, sentence_end, objects, after_preposition=True, name_tails=name_tails)
    return False


def _object_among(seg: Segmentation, k: int, sentence_end: int, objects: frozenset[str],
                  after_preposition: bool = False, name_tails: frozenset[int] = frozenset()) -> bool:
    """Whether word ``k`` (past a demonstrative) is one of ``objects``, in its sentence; after a
    preposition not a person's relative adjective (``person_endings``: أطلقا النار على الإعلامي)."""
    lex, words = lexicon(), seg.token_words
    if k < len(words) and words[k] in lex.demonstratives:
        k += 1
    if k >= len(words) or seg.token_starts[k] >= sentence_end or not arguments.one_of(words[k], objects, CLITICS) \
            or words[k] in lex.whole_objects and words[k] not in objects \
            or k + 1 in name_tails:  # (بطاقات الهوية: no energies; الدعم السريع: a name)
        return False
    return not (after_preposition and words[k].endswith(lex.person_endings))


def his_spelling(doc: Document, t: Trigger) -> bool:
    """Whether the trigger is a noun of ``his_spellings`` (triggers.yaml) written with a final ه in a
    text that writes ة elsewhere (:func:`rasad.text.normalise.written_with_ha`): another noun with
    "his" (ومصادره = and its sources), no event."""
    return t.form in lexicon().his_spellings and doc.norm is not None and written_with_ha(doc.text, doc.norm, t.end)


def accidental(seg: Segmentation, t: Trigger, sense_id: str, name_tails: frozenset[int] = frozenset()) -> bool:
    """Whether a trigger of a group of ``accidents`` (triggers.yaml) has a word or a two-word phrase of
    the group within its reach in its sentence (after it only, if the group says so): a death by accident
    (مقتل 380 شخصا في حريق عرضي، لقي ثلاثة أشخاص مصرعهم في حادث سير), people trapped, moved or
    reached by a fire, a flood or a storm (حاصرت النيران أسرة، أجلت الفرق العائلات بعد ارتفاع منسوب
    مياه الوادي، اقتحم رجال الإطفاء الشقة): no violence.  A word inside a name (``name_tails``: a name's
    words but its first) is none (إجلاء الجرحى عبر طريق الضباب: a road, no fog)."""
    lex = lexicon()
    if sense_id not in lex.accident_senses:
        return False
    words = seg.token_words
    sentence = seg.sentence_at(t.start)
    first = bisect_left(seg.token_starts, sentence.start)
    last = bisect_left(seg.token_starts, sentence.end)
    k = bisect_left(seg.token_starts, t.end)
    for group in lex.accidents:
        if sense_id not in group.senses:
            continue
        lo = k if group.after_only else max(first, seg.token_index(t.start) - group.reach)
        hi = min(last, k + group.reach)
        marks = _accident_marks(group)
        if any(words[j] in marks and j not in name_tails for j in range(lo, hi)) \
                or any(f"{words[j]} {words[j + 1]}" in group.phrases for j in range(lo, min(hi, len(words) - 1))):
            return True
    return False


@cache
def _accident_marks(group: Accident) -> frozenset[str]:
    """The words of a group of ``accidents``, as they are and behind a proclitic."""
    return arguments.with_clitics(group.words, CLITICS)


def _fiction(seg: Segmentation, sentence: Segment, seen: dict[int, bool]) -> bool:
    """Whether ``sentence`` tells of fiction (``fiction_words`` in triggers.yaml: تدور أحداث، متخيلة،
    قصيدته); ``seen`` remembers the answers of the document by sentence start."""
    lex = lexicon()
    marks = arguments.with_clitics(lex.fiction_words, CLITICS)
    if -1 not in seen:  # (the answer for the document first, as for sport: most tell of no fiction)
        seen[-1] = not marks.isdisjoint(seg.token_words) or holds_any(lex.fiction_finder, seg.text)
    if not seen[-1]:
        return False
    key = sentence.start
    if key not in seen:
        seen[key] = arguments.among(seg.token_words, marks, seg.tokens_between(sentence.start, sentence.end)) \
            or holds_any(lex.fiction_finder, seg.text[sentence.start:sentence.end])
    return seen[key]


def _told_of(text: str, phrase: str, lo: int, hi: int, grounds: frozenset[str]) -> bool:
    """Whether ``phrase`` stands in ``text[lo:hi]`` other than after a word for a ground, with or without
    a preposition on the phrase (``grounds``: سقط صاروخ على ملعب لكرة القدم, a place struck, not a game)."""
    prepositions = inventory().prepositions
    i = text.find(phrase, lo, hi)
    while i >= 0:
        before = text[lo:i - (i > lo and text[i - 1] in prepositions)].split()
        if not before or before[-1] not in grounds:
            return True
        i = text.find(phrase, i + 1, hi)
    return False


# an imperfect verb opening a sentence: ي + two letters or more, maybe after a conjunction
_PRESENT_OPENER = re.compile(rf"[{arguments.CONJUNCTIONS}]?{PRESENT_PREFIXES[0]}[^\W\d_]{{2,}}")


def present_sentence(seg: Segmentation, pos: int, clause_start: int) -> bool:
    """Whether the sentence around ``pos`` opens with an imperfect verb (ي + two letters or more, after
    و or ف; not a word of ``generic_opener_not`` in triggers.yaml) or with one or two words of
    ``generic_openers`` (a ت-imperfect that tells of what is, not of what happened: تعد، تصف، تنص; لا
    يمكن، كثيرا ما; :func:`_feminine_imperfect`: تتميز، تعمل المنظومات), and the clause at
    ``clause_start`` goes on from it, opened by no contrast (:func:`_contrast_at`: إلا أن، لكن): it
    speaks of what is done as a rule, thought or told, not of a happening (يحظر الدستور اعتقال أي شخص
    دون أمر قضائي، يصف الشاعر الحب بأنه هدنة قصيرة)."""
    k = _opener(seg, pos, clause_start)
    words, lex = seg.token_words, lexicon()
    if k is None:
        return False
    word = words[k]
    bare = _bare(word)
    if _opens_with(words, k, lex.generic_openers):
        return True
    if bare in lex.generic_opener_not or word in lex.generic_opener_not:
        return False
    return _PRESENT_OPENER.fullmatch(word) is not None or k + 1 < len(words) and _feminine_imperfect(bare, words[k + 1])


def opinion_sentence(seg: Segmentation, pos: int, clause_start: int) -> bool:
    """Whether the sentence around ``pos`` opens with one or two words of ``opinion_openers``
    (triggers.yaml: يرى، يعتقد، يصف، في نظر), maybe after و or ف, and the clause at ``clause_start`` goes on
    from it (as in :func:`present_sentence`): it tells what someone thinks or likens, not what happened
    (يرى محللون أن معركة الانتخابات في الكويت تحسم في الدواوين)."""
    k = _opener(seg, pos, clause_start)
    return k is not None and _opens_with(seg.token_words, k, lexicon().opinion_openers)


def _opener(seg: Segmentation, pos: int, clause_start: int) -> int | None:
    """The index of the word that opens the sentence around ``pos`` (past a scene set before a comma: في
    رياضة الملاكمة، تعتمد …), or None when there is none or a contrast opens the clause at ``clause_start``
    (وتعد المجموعة ممثلا للقاعدة، إلا أن الاشتباكات التي وقعت بينهما …)."""
    sentence = seg.sentence_at(pos)
    if clause_start > sentence.start and opens_clause(seg.text, clause_start) and _contrast_at(seg, clause_start):
        return None
    k = bisect_left(seg.token_starts, sentence.start)
    words = seg.token_words
    if k < len(words) and arguments.one_of(words[k], lexicon().generic_scene_openers, arguments.CONJUNCTIONS):
        comma = seg.text.find(",", sentence.start, min(pos, sentence.end))
        if comma >= 0:
            k = bisect_left(seg.token_starts, comma)
    return k if k < len(words) else None


def _bare(word: str) -> str:
    """``word`` without a leading conjunction (و، ف), unless that would leave too short a word."""
    return word[1:] if word[:1] in arguments.CONJUNCTIONS and len(word) > 3 else word


def _opens_with(words: list[str], k: int, openers: frozenset[str]) -> bool:
    """Whether word ``k`` without its conjunction, alone or with the word after it, is one of ``openers``."""
    return _phrase_at(words, k, openers, _bare(words[k]))


def _phrase_at(words: list[str], k: int, phrases: frozenset[str], first: str | None = None, last: int | None = None) -> bool:
    """Whether word ``k`` (read as ``first`` if given), alone or with the word after it (up to word ``last``),
    is one of ``phrases``."""
    word = words[k] if first is None else first
    stop = len(words) - 1 if last is None else last
    return word in phrases or k < stop and f"{word} {words[k + 1]}" in phrases


def _contrast_at(seg: Segmentation, pos: int) -> bool:
    """Whether a contrast (``frustrated: contrasts`` in modality.yaml: لكن، إلا أن، غير أن) opens the
    clause at ``pos``, maybe after و: the clause tells of its own happenings.  Other openers (قبل أن،
    حيث، بينما) go on in the present of their sentence (تعتمد المنظومات على رادارات ترصد الصواريخ قبل
    أن تنفذ هجومها)."""
    k = seg.token_index(pos)
    words = seg.token_words
    return any(arguments.one_of(words[k], frozenset(p[:1]), arguments.CONJUNCTIONS)
               and tuple(words[k + 1:k + len(p)]) == p[1:] for p in modality.cues().contrasts)


def _feminine_imperfect(word: str, subject: str) -> bool:
    """Whether ``word``, a ت-word with no ت at its end, is an imperfect because the word after it is
    feminine (``feminine_endings`` in triggers.yaml: تعمل المدافع المضادة، تحمل الطائرات المسيرة رأسا
    حربيا): a perfect before a feminine subject ends in ت (تقدمت القوات), so only the perfects of
    ``perfects`` in modality.yaml, masculine, can open so (تقدم الجيش، توصل الطرفان).  A number is
    no feminine subject (تظاهر المئات، تظاهر عشرات الآلاف)."""
    t = PRESENT_PREFIXES[1]
    if len(word) > 4 and word[0] == t and t in (word[1], word[2]):
        return True  # تتميز، تستند، تعتمد: the imperfects of forms V-VI, X and VIII (their perfects open with ا or a single ت)
    return len(word) > 3 and word[0] == t and word[-1] != t \
        and subject.endswith(lexicon().feminine_endings) and word not in modality.cues().perfects \
        and subject.removeprefix(_ARTICLE) not in quantities_lexicon().counting_words


PARTITIVE_CONJUNCTS = 4  # nouns joined by و after من that a partitive still picks out


def every_such_deed(seg: Segmentation, start: int) -> bool:
    """Whether the event noun at ``start``, without the article, follows a quantifier of ``every``
    (triggers.yaml): كل هجوم تركي يقابله رد منا speaks of every attack, not of one."""
    k = seg.token_index(start)
    return k > 0 and not seg.token_words[k].startswith(_ARTICLE) \
        and arguments.one_of(seg.token_words[k - 1], lexicon().every, CLITICS)


def kind_of_deed(seg: Segmentation, start: int) -> bool:
    """Whether the event noun at ``start`` follows a universal quantifier (``generic_quantifiers`` in
    triggers.yaml: في كافة المعارك، بجميع أنواع المواجهات) or من (``partitive_of``) picking it out of ما (``partitive_heads``: ما
    ارتكبوه من قتل):
    it names a kind of deed, or deeds taken together."""
    lex, words = lexicon(), seg.token_words
    k = seg.token_index(start)
    if k == 0:
        return False
    quantifier = k - 2 if words[k - 1] in lex.generic_kinds else k - 1  # (بجميع أنواع المواجهات)
    if quantifier >= 0 and arguments.one_of(words[quantifier], lex.generic_quantifiers, CLITICS):
        return True
    of = k - 1  # (or joined by و to the nouns after من: من قتل وتفجيرات، من تفجير وقتل وتخريب)
    while of > 0 and words[of] != lex.partitive_of and words[of + 1].startswith(arguments.CONJUNCTIONS[0]) \
            and k - of <= PARTITIVE_CONJUNCTS:
        of -= 1
    if of < 1 or words[of] != lex.partitive_of:
        return False
    near = range(max(0, of - lex.partitive_reach), of)
    heads = arguments.with_clitics(lex.partitive_heads)  # (و or ف before one: وما مارسته من تفجير)
    return any(words[j] in heads or f"{words[j]} {words[j + 1]}" in heads for j in near)


def habitual(seg: Segmentation, window: tuple[int, int]) -> bool:
    """Whether clause ``window`` holds a word of ``habitual_adverbs`` (triggers.yaml): it tells of what
    is done as a rule (يترك انسحاب القوى الكبرى عادة فراغا، الحصار نادرا ما يحسم الصراعات)."""
    lex, words = lexicon(), seg.token_words
    tokens = seg.tokens_between(*window)
    if lex.habitual_firsts.isdisjoint(words[tokens.start:tokens.stop]):
        return False
    return any(words[j] in lex.habitual_adverbs or f"{words[j]} {words[j + 1]}" in lex.habitual_adverbs
               for j in range(tokens.start, min(tokens.stop, len(words) - 1)))


def whoever(seg: Segmentation, start: int, clause_start: int, anyone: bool = False) -> bool:
    """Whether a word of ``whoever`` (triggers.yaml: من، ومن) before an imperfect verb stands in the
    clause at ``clause_start`` before ``start``, no relative pronoun between: what follows tells of anyone
    who would do or think it (ومن يبرر التفجير باسم العقيدة إنما يسيء إلى الإسلام، من يقرأ تاريخ المنطقة
    يعرف أن الإمبراطوريات انتهت إلى الانسحاب; but كل من يحاول العبث بأمن المحافظة التي شهدت هجومين).
    With ``anyone``, only a two-word entry (كل من) counts, before an imperfect or a perfect of
    ``anyone_verbs`` (يعاقب القانون كل من أقدم على إحراق مبنى): the deed of anyone who did it, whatever its
    tense; before a name it is "each of" (تسمية كل من هيثم رحمة ونصر الحريري)."""
    lex, words = lexicon(), seg.token_words
    first, k = bisect_left(seg.token_starts, clause_start), seg.token_index(start)
    if (lex.whoever_firsts if anyone else lex.whoever).isdisjoint(words[first:k]):
        return False
    relatives = dating.relative_pronouns()
    for j in range(k - 1, first - 1, -1):  # (the imperfect may be the trigger: من يفجر نفسه بين المصلين)
        if words[j + 1] in relatives:
            return False
        if anyone:
            if j > first and f"{words[j - 1]} {words[j]}" in lex.whoever \
                    and (_PRESENT_OPENER.fullmatch(words[j + 1]) or words[j + 1] in lex.anyone_verbs):
                return True
        elif words[j] in lex.whoever and _PRESENT_OPENER.fullmatch(words[j + 1]) is not None \
                and words[j + 1] not in lex.generic_opener_not:
            return True
    return False


def done_by_relative(seg: Segmentation, t: Trigger) -> int:
    """The token index of the verb of ``done_by_relative`` (roles.yaml) after the definite noun ``t`` and
    a relative pronoun, whose object pronoun is the noun, or -1: a deed someone did, whatever the
    sentence says of its toll or its sequel (رجح ناشطون أن يرتفع عدد ضحايا الغارات التي شنها الطيران
    الحربي), and the one after the verb did it."""
    if t.kind not in ("noun", "fixed") or not t.definite:
        return -1
    k = bisect_left(seg.token_starts, t.end)
    words = seg.token_words
    done = k + 1 < len(words) and words[k] in dating.relative_pronouns() and words[k + 1] in arguments.roles().done_by_relative
    return k + 1 if done else -1


COPULA_HAPPENING_REACH = 4  # words before a copula in which a word of happening makes it introduce one


def named_by_copula(seg: Segmentation, start: int) -> bool:
    """Whether the event noun at ``start`` follows a pronoun of ``copulas`` (triggers.yaml): what its
    subject is said to be (المعركة مع الإرهاب هي معركة الجميع، أفضل رد هو الهجوم), not a happening told.
    Not after a demonstrative (هذا هو اللقاء الأول) or a word of ``copula_happenings`` (ما حدث يوم أمس
    هو عمل إرهابي), nor before a relative pronoun (وهي الزيارة التي عقبت الثورة)."""
    lex, words = lexicon(), seg.token_words
    k = seg.token_index(start)
    if k == 0 or words[k - 1] not in lex.copulas or k >= 2 and words[k - 2] in lex.demonstratives:
        return False
    if not lex.copula_happenings.isdisjoint(words[max(0, k - 1 - COPULA_HAPPENING_REACH):k - 1]):
        return False
    return not any(w in dating.relative_pronouns() for w in words[k + 1:k + 3])


JUDGEMENT_REACH = 3  # words between a sentence's opening event noun and the judgement passed on it


def judged(seg: Segmentation, start: int) -> bool:
    """Whether the event noun at ``start`` opens its sentence (maybe after و or ف) and a word of
    ``judgements`` (triggers.yaml) follows within ``JUDGEMENT_REACH`` words: what it is in general, not a
    happening (النزوح ليس مجرد انتقال، المفاوضات الجادة تتطلب اعترافا، النصر في ساحة المعركة لا يساوي شيئا)."""
    k = seg.token_index(start)
    sentence = seg.sentence_at(start)
    if seg.token_starts[k] > sentence.start:
        return False
    words, judgements = seg.token_words, lexicon().judgements
    last = min(k + JUDGEMENT_REACH, bisect_left(seg.token_starts, sentence.end) - 1)
    return any(_phrase_at(words, j, judgements, last=last) for j in range(k + 1, last + 1))


def adjective_after(seg: Segmentation, t: Trigger, nationalities: frozenset[int]) -> bool:
    """Whether a nationality adjective without the article follows the trigger word (``nationalities``:
    the starts of the document's nationality adjectives): no verb takes one, so the word is a noun
    (طالب تونسي is a student; in وطالب التونسي الناس the adjective is the verb's subject)."""
    k = bisect_left(seg.token_starts, t.end)
    return (k < len(seg.token_starts) and seg.token_starts[k] in nationalities
            and not seg.token_words[k].startswith(_ARTICLE))


def anchored(events: list[Candidate], parties: list[int], people: list[int], seg: Segmentation,
             leaders: list[int]) -> list[Candidate]:
    """The events that are anchored in their clause as their sense ``needs`` (triggers.yaml; all of a
    sense with no needs), their words being everyday words: ``party`` (an actor of the knowledge base
    takes part in it or is named in its clause, or a word naming a party, ``parties`` in roles.yaml:
    أعلنت حركة طالبان تعيين الملا منصور، أعلنت الفصائل اندماجها), ``person`` (a person or an
    organisation named there, ``people``: their start offsets, or a word for one, ``person_words`` in
    roles.yaml: وعقد جلالته اجتماعا مع سموه), ``place`` (a place named there: فر
    فؤاد من حلب), ``number`` (a number counts it), ``population`` (a word naming one, roles.yaml: نزح
    الأهالي) or ``event`` (its clause tells of another event that is anchored or needs nothing: دعا
    معارضون إلى وقف فوري لإطلاق النار، دعت الأهالي إلى الخروج من المنطقة).  "حث سموه الموظفين على بذل
    الجهد"، "خروجه من السجن"، "اجتمع الأهالي في الساحة" are none; or ``leader`` (for a verb, a person
    named there, ``leaders``: their start offsets, not an organisation: انشق القيادي فلان عن الجبهة وانضم
    إلى الحركة, but not اندماج اثنين من مشغلي الهاتف, nor a verbal noun: قرار بإقالة رئيس الهيئة العامة
    للكتاب).  ``parties``: the start offsets of the known actors named in the document.  An event that joined
    other mentions is anchored when any of them is, by its own sense (انشق فلان عن المنظمة وأسس حزبا: the
    founding, a head's deed, anchors the split it joined)."""
    firm = [c for c in events if any(not m.sense.needs or _anchored_alone(m, parties, people, seg, leaders)
                                     for m in (c, *c.absorbed))]  # (any of its joined mentions, by its own sense)
    firm_ids = {id(c) for c in firm}
    return [c for c in events if id(c) in firm_ids or (
        "event" in c.sense.needs and any(d is not c and c.window[0] <= d.start < c.window[1] for d in firm))]


def _other_in(starts: list[int], sentence: Segment, own: int) -> bool:
    """Whether one of the sorted offsets ``starts`` but ``own`` lies in ``sentence``."""
    i = bisect_left(starts, sentence.start)
    while i < len(starts) and starts[i] < sentence.end:
        if starts[i] != own:
            return True
        i += 1
    return False


def grounded(events: list[Candidate], doc: Document, args: list[arguments.Arg]) -> list[Candidate]:
    """The events that are grounded: in a document with no word of war (``conflict_words`` in
    triggers.yaml: a page on skincare, يشن هذا السيروم هجوما على التجاعيد), an event of
    ``grounded_categories`` stays only when one of its sentences names something of its own: a place,
    an actor or a nationality (``args``), a time (not a period: هدنة مع الحلويات لمدة شهر), a count of
    ``grounding_quantities``, a word of a side or of a place (``grounding_words``, and ``parties`` and
    ``anaphora`` in roles.yaml: الجماعة، البلدة، الولاية), or another event, not one of
    ``grounding_not_by`` (فرت مئات العائلات هربا من القصف والمعارك; not talks and an accord that lean on
    each other: المفاوضات بين المشتري والبائع قبل أن يتفقا على السعر).  Any document with such a word keeps them
    all (a sentence may lean on the ones before it).  A sentence shorter than ``grounding_min_words`` is
    spared: a headline or a fragment.  A place, a person, a nationality or a time grounds only in a sentence
    whose words speak of conflict (:func:`rasad.events.topic.topic_score` at least ``topic_threshold``); an
    armed group or organisation of the knowledge base, a count or another event whatever its words.  Events of
    ``topic_categories`` (protests, arrests, changes, statements: no grounding asked) stay only in such a
    sentence (``topic_categories_threshold``) or one naming such an armed group."""
    lex = lexicon()
    assert doc.norm is not None and doc.seg is not None
    seg = doc.seg
    if not any(c.category in lex.grounded_categories or c.category in lex.topic_categories for c in events):
        return events
    marks = arguments.with_clitics(lex.conflict_words, CLITICS)
    if not marks.isdisjoint(seg.token_words) or any(p in seg.text for p in lex.conflict_phrases):
        return events
    # what grounds an event whatever its sentence's topic: an armed group of the knowledge base, a count of
    # the dead or the displaced, another event; and what grounds it only in a sentence of conflict: a place,
    # a person, a nationality, a time (سيطرت المطاعم الإيطالية على قائمة الوجبات في دليل صدر في بيروت)
    armed = sorted(a.start for a in args if a.type == "ORG" and a.canonical_id)
    firm = sorted(armed + [doc.norm.to_norm_index(q.start) for q in doc.quantities if q.category in lex.grounding_quantities]
                  + [c.start for c in events if c.category not in lex.grounding_not_by])
    weak = sorted([a.start for a in args if not (a.type == "ORG" and a.canonical_id)]
                  + [doc.norm.to_norm_index(x.start) for x in doc.timexes if x.type != "DURATION"])
    roles = arguments.roles()
    sides = arguments.with_clitics(roles.parties | roles.anaphora | roles.person_words | lex.grounding_words, CLITICS)
    scores: dict[int, float] = {}  # topic score by sentence start (several events may share a sentence)

    def topic(sentence: Segment, tokens: range) -> float:
        if sentence.start not in scores:
            scores[sentence.start] = topic_score(seg.token_words[i] for i in tokens)
        return scores[sentence.start]

    def named_in(pos: int, c: Candidate) -> bool:
        sentence = seg.sentence_at(pos)
        tokens = seg.tokens_between(sentence.start, sentence.end)
        if len(tokens) < lex.grounding_min_words or arguments.among(seg.token_words, sides, tokens):
            return True  # a headline or a fragment (its context is elsewhere), or a side or a place named
        if _other_in(firm, sentence, c.start):
            return True
        return _other_in(weak, sentence, c.start) and topic(sentence, tokens) >= lex.topic_threshold

    def on_topic(pos: int) -> bool:
        sentence = seg.sentence_at(pos)
        tokens = seg.tokens_between(sentence.start, sentence.end)
        return len(tokens) < lex.grounding_min_words or _other_in(armed, sentence, -1) \
            or topic(sentence, tokens) >= lex.topic_categories_threshold

    return [c for c in events
            if (c.category not in lex.grounded_categories or any(named_in(w[0], c) for w in (c.window, *c.mentions)))
            and (c.category not in lex.topic_categories or any(on_topic(w[0]) for w in (c.window, *c.mentions)))]


def _anchored_alone(c: Candidate, parties: list[int], people: list[int], seg: Segmentation,
                    leaders: list[int]) -> bool:
    """Whether ``c`` is anchored by anything in its clause but another event (see :func:`anchored`)."""
    needs = c.sense.needs
    if any(a.canonical_id for a in c.actors):
        return True
    lo, hi = c.window
    r = arguments.roles()
    if c.kind == "noun" and (c.start == lo and r.owner_pronouns and seg.text[c.start:c.end].endswith(r.owner_pronouns)
                             or "leader" in needs and seg.text[lo:c.start].strip() in r.companion_openers):
        # a verbal noun opening its clause after an aside, its pronoun the subject's before it (أعلنت سبعة
        # فصائل، أبرزها حركة أحرار الشام، اندماجها في كيان واحد), or joined by مع to the deed before it (أعلنت
        # الحركة تشكيل حكومة، مع تعيين فلان وزيرا; a change of leaders only: not مع فرض عقوبات صارمة على المخالفين):
        # anchored by what its sentence names before it
        lo = seg.sentence_at(c.start).start
    if ("place" in needs and c.place_level == "clause") or ("number" in needs and c.quantities):
        return True
    if ("party" in needs and _any_in(parties, lo, hi)) or ("person" in needs and _any_in(people, lo, hi)) \
            or ("leader" in needs and c.kind != "noun" and _any_in(leaders, lo, hi)):
        return True
    words = _anchor_words(needs)
    return bool(words) and arguments.among(seg.token_words, words, seg.tokens_between(lo, hi))


@lru_cache(maxsize=16)
def _anchor_words(needs: frozenset[str]) -> frozenset[str]:
    """The words that anchor a sense with ``needs`` (roles.yaml: ``parties``, ``population``,
    ``person_words``), with the proclitics they may carry."""
    roles = arguments.roles()
    words = (roles.parties if "party" in needs else frozenset()) | \
        (roles.population if "population" in needs else frozenset()) | \
        (roles.person_words if "person" in needs else frozenset())
    return arguments.with_clitics(words, CLITICS)


def _any_in(starts: list[int], lo: int, hi: int) -> bool:
    """Whether one of the sorted offsets ``starts`` lies in ``[lo, hi)``."""
    i = bisect_left(starts, lo)
    return i < len(starts) and starts[i] < hi
