// Tokens, as CPython 3.11's tokenizer produces them (Parser/tokenizer.c). Positions follow
// CPython's conventions exactly, because syntax errors are located by tokens and must
// point where CPython points: a NEWLINE token is empty and sits on the '\n' (or spans the
// comment before it), INDENT/DEDENT/ENDMARKER have no column of their own.
#pragma once
#include <cstdint>
#include <string_view>

namespace gs::lex {

// X-macro: one row per token kind (enum name, spelling used in messages and dumps).
#define GS_TOKEN_KINDS(X)                                                              \
    X(EndMarker, "ENDMARKER") X(Name, "NAME") X(Number, "NUMBER") X(String, "STRING")  \
    X(Newline, "NEWLINE") X(Indent, "INDENT") X(Dedent, "DEDENT")                       \
    X(Error, "ERRORTOKEN") X(Unknown, "OP")                                             \
    X(LPar, "(") X(RPar, ")") X(LSqb, "[") X(RSqb, "]") X(LBrace, "{") X(RBrace, "}")  \
    X(Colon, ":") X(Comma, ",") X(Semi, ";") X(Plus, "+") X(Minus, "-") X(Star, "*")    \
    X(Slash, "/") X(VBar, "|") X(Amper, "&") X(Less, "<") X(Greater, ">")              \
    X(Equal, "=") X(Dot, ".") X(Percent, "%") X(EqEqual, "==") X(NotEqual, "!=")        \
    X(LtGt, "<>") X(LessEqual, "<=") X(GreaterEqual, ">=") X(Tilde, "~")                \
    X(Circumflex, "^") X(LeftShift, "<<") X(RightShift, ">>") X(DoubleStar, "**")      \
    X(PlusEqual, "+=") X(MinEqual, "-=") X(StarEqual, "*=") X(SlashEqual, "/=")         \
    X(PercentEqual, "%=") X(AmperEqual, "&=") X(VBarEqual, "|=")                        \
    X(CircumflexEqual, "^=") X(LeftShiftEqual, "<<=") X(RightShiftEqual, ">>=")        \
    X(DoubleStarEqual, "**=") X(DoubleSlash, "//") X(DoubleSlashEqual, "//=")          \
    X(At, "@") X(AtEqual, "@=") X(RArrow, "->") X(Ellipsis, "...")                      \
    X(ColonEqual, ":=")                                                                 \
    X(KwFalse, "False") X(KwNone, "None") X(KwTrue, "True") X(KwAnd, "and")             \
    X(KwAs, "as") X(KwAssert, "assert") X(KwAsync, "async") X(KwAwait, "await")         \
    X(KwBreak, "break") X(KwClass, "class") X(KwContinue, "continue") X(KwDef, "def")   \
    X(KwDel, "del") X(KwElif, "elif") X(KwElse, "else") X(KwExcept, "except")           \
    X(KwFinally, "finally") X(KwFor, "for") X(KwFrom, "from") X(KwGlobal, "global")     \
    X(KwIf, "if") X(KwImport, "import") X(KwIn, "in") X(KwIs, "is")                     \
    X(KwLambda, "lambda") X(KwNonlocal, "nonlocal") X(KwNot, "not") X(KwOr, "or")       \
    X(KwPass, "pass") X(KwRaise, "raise") X(KwReturn, "return") X(KwTry, "try")         \
    X(KwWhile, "while") X(KwWith, "with") X(KwYield, "yield")

enum class Tok : uint8_t {
#define GS_TOKEN_ENUM(name, text) name,
    GS_TOKEN_KINDS(GS_TOKEN_ENUM)
#undef GS_TOKEN_ENUM
};

std::string_view tok_spelling(Tok t);
// Spelling -> kind, for the tokenizer. Name when s is not a keyword; Unknown when the
// characters are not an operator.
Tok keyword_or_name(std::string_view s);
Tok one_char_token(int c);
Tok two_char_token(int c1, int c2);
Tok three_char_token(Tok two, int c3);
inline bool is_keyword(Tok t) { return t >= Tok::KwFalse; }

struct Token {
    Tok kind = Tok::EndMarker;
    uint8_t level = 0;       // bracket depth after this token (CPython's tok->level)
    // CPython's lineno, col_offset, end_lineno, end_col_offset (bytes). For INDENT,
    // DEDENT and ENDMARKER, col is CPython's error offset minus one (-1: no column)
    // and end_col is -2 (no end).
    int32_t line = 0, col = 0, end_line = 0, end_col = 0;
    uint32_t start = 0, end = 0;  // byte range in the lexed text
};

}  // namespace gs::lex
