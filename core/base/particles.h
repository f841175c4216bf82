#pragma once

#include <QString>

namespace madang::particles {

/// Korean messages are translated with a particle pair where a name, a number or a code is put in at run time
/// ("%1을(를) 열 수 없습니다"), because the particle depends on the word: 을/이/은/과/으로 after a final consonant,
/// 를/가/는/와/로 after a vowel (and 로 after ㄹ). Once the word is in, this picks the one that fits:
/// "영수증을", "메뉴를", "T1은", "파일로", "서울로". The word is the text just before the pair, looking through
/// closing quotes and brackets ("\"김밥\"을"). Hangul syllables are read by their final consonant; digits by their
/// Korean reading (일, 삼, 육, 칠, 팔 and 영 end in a consonant); Latin words by a short rule (a code of up to four
/// capitals, or a short one with no vowel like db, by the letters' names: L, M, N, R end in one; a word by its last
/// letter: b c d g k l m n p t). Anything else (a symbol, nothing) keeps the pair. Text without a pair comes back
/// unchanged.
[[nodiscard]] QString resolve(const QString &text);

} // namespace madang::particles
