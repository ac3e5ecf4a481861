// The tokenizer: source text -> tokens, with INDENT/DEDENT, following CPython 3.11's
// Parser/tokenizer.c rule for rule (including which errors it raises and where), so that
// the parser on top of it can locate syntax errors exactly as CPython does.
//
// The whole file is tokenized up front. A tokenizer error ends the token list with an
// Error token; how that error competes with a later parser error is CPython's rule
// (pegen's "tokenize the full source to check for errors"), described by ErrorClass.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sim/core/source.hpp"
#include "sim/lang/token.hpp"

namespace gs::lex {

enum class ErrorClass : uint8_t {
    Raised,      // raised by the tokenizer itself: wins over any parser error
    Passive,     // an error state (bad dedent, tabs, '\' misuse): wins only when reached
    EofInParen,  // end of file inside brackets: "'(' was never closed"
};

// A tokenizer error. loc holds CPython's SyntaxError coordinates: (lineno, offset - 1,
// end_lineno, end_offset - 1), in the unit CPython uses for that error.
struct LexError {
    std::string kind = "SyntaxError";
    std::string message;
    Loc loc;
    ErrorClass cls = ErrorClass::Raised;
    // Innermost open bracket when the error happened (line 0: none), for pegen's
    // "'(' was never closed" rule.
    int paren_line = 0, paren_col = 0;
    char paren = 0;
    std::string text;  // when set: the line CPython displays (f-string substrings)
};

struct LexOptions {
    int first_line = 1;         // line number of the text's first line
    int first_col_shift = 0;    // added to the columns of tokens on the first line
    bool fstring_expr = false;  // the text is "(expr)" cut out of an f-string
};

struct Lexed {
    std::string buf;            // the text the tokens index ('\r\n' -> '\n', final '\n')
    std::vector<Token> tokens;  // ends with EndMarker, or with an Error token
    std::optional<LexError> error;
};

// path is only used in the message for non-UTF-8 input.
Lexed tokenize(std::string_view text, const std::string& path, const LexOptions& opt = {});

// The text as CPython reads a file: universal newlines ("\r\n" is "\n"), and a final
// newline added when missing.
std::string as_read(std::string_view text);

// "'(' was never closed", for the innermost bracket open when e happened.
LexError never_closed(const LexError& e);

// Unicode support shared with the AST dumper. Classes follow Python 3.11 (Unicode 14):
// identifier start/continue (XID with '_') and str.isprintable().
enum class UniClass : uint8_t { NonPrintable, Printable, IdContinue, IdStart };
UniClass unicode_class(char32_t c);
inline bool unicode_printable(char32_t c) {
    return c < 0x80 ? (c >= 0x20 && c < 0x7f) : unicode_class(c) != UniClass::NonPrintable;
}
// Decodes the (valid) UTF-8 sequence starting at s[i]; *len receives its length.
char32_t decode_utf8(std::string_view s, size_t i, int* len);
void append_utf8(std::string& out, char32_t c);
// Length of the UTF-8 sequence at s (at most end - s bytes), 0 when CPython would not
// accept it as UTF-8.
int utf8_valid_length(const unsigned char* s, const unsigned char* end);
// An identifier's first character that Python does not accept (verify_identifier): the
// offset just past it and CPython's message, or 0.
size_t invalid_identifier(std::string_view ident, std::string* msg);
std::string non_printable_message(char32_t c);
// CPython's message for a line that is not UTF-8, if it is not.
std::optional<std::string> non_utf8_message(std::string_view line, const std::string& path,
                                            int lineno);
// Number of UTF-8 characters in s (counting each byte that starts a character).
int utf8_length(std::string_view s);

}  // namespace gs::lex
