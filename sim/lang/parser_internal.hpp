// Internals of the parser: parser.cpp (entry point, passes), parser_stmt.cpp,
// parser_compound.cpp, parser_params.cpp (statements), parser_expr.cpp, parser_atom.cpp,
// parser_call.cpp (expressions, calls, targets), fstring.cpp (strings) and
// parser_validate.cpp (the compiler's checks).
//
// Notes about the implementation. CPython 3.11's parser is a PEG parser generated from
// Grammar/python.gram; how it reports errors is part of what we must reproduce:
//   1. A first pass parses without the grammar's "invalid_*" rules. If it fails, the
//      furthest token it ever looked at is where a generic "invalid syntax" points.
//   2. A second pass re-parses from the start with the invalid_* rules enabled; the first
//      of them that matches raises its specialised message ("expected ':'", "Perhaps you
//      forgot a comma?", ...).
//   3. A tokenizer error anywhere later in the file still wins over both (pegen tokenizes
//      the rest of the file before reporting), see run_parser().
// This parser is hand-written recursive descent: deterministic where the grammar allows
// it (targets are parsed as expressions and then checked, as CPython's old parser did),
// backtracking only at a few bounded points. It runs the same two passes: `diag_` is the
// second pass, where the checks that mirror invalid_* rules are made, in grammar order.
// Returning nullptr/false is a plain failure (PEG semantics); errors are raised only
// through raise_*(), and once one is raised everything unwinds.
#pragma once
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "sim/lang/ast.hpp"
#include "sim/lang/lexer.hpp"

namespace gs::parsing {

using lex::Tok;
using lex::Token;

// A syntax error before it becomes a UserError. loc holds CPython's coordinates
// (lineno, offset - 1, end_lineno, end_offset - 1); see lexer.hpp.
struct PError {
    std::string kind = "SyntaxError";
    std::string message;
    Loc loc;
    std::string text;  // set: the line CPython shows instead of the source line
    bool has_text = false;
    bool from_tokenizer = false;
};

// Deeper nesting than this is refused with "too many nested expressions". It bounds the
// parser's recursion and the depth of the AST, which every later pass recurses over.
// Each recursive rule counts 1, a bracket counts kBracketDepth (it costs a dozen C++
// frames); CPython's own limits are of the same order (200 brackets, then RecursionError).
inline constexpr int kMaxDepth = 1000;
inline constexpr int kBracketDepth = 3;

// State shared by a file's parser and the parsers of its f-string expressions.
struct Shared {
    ast::Module& module;
    std::string path;
    int depth = 0;
};

// What a target list is for: names the messages of _PyPegen_get_invalid_target.
enum class Targets : uint8_t { Star, Del, For };

struct FState;

class Parser {
public:
    // diag: the second pass; fill: the furthest token the first pass fetched.
    Parser(Shared& sh, const lex::Lexed& lx, bool diag, size_t fill);

    bool file(ast::StmtList& body);  // file: [statements] ENDMARKER
    ast::Expr* fstring_expr();       // fstring: star_expressions

    const std::optional<PError>& error() const { return err_; }
    size_t furthest() const { return max_pos_; }

private:
    friend struct DepthGuard;
    // ---- tokens --------------------------------------------------------------------
    const Token& peek(size_t k = 0) {
        if (++work_ > budget_) over_budget();
        size_t i = pos_ + k;
        if (i >= toks_.size()) i = toks_.size() - 1;
        if (i > max_pos_) max_pos_ = i;
        return toks_[i];
    }
    Tok kind(size_t k = 0) { return peek(k).kind; }
    bool at(Tok t) { return kind() == t; }
    bool at_for() { return at(Tok::KwFor) || (at(Tok::KwAsync) && kind(1) == Tok::KwFor); }
    bool accept(Tok t) {
        if (!at(t)) return false;
        pos_++;
        return true;
    }
    std::string_view text(const Token& t) const {
        return std::string_view(buf_).substr(t.start, t.end - t.start);
    }
    bool soft_keyword(const Token& t) const {
        std::string_view s = text(t);
        return t.kind == Tok::Name && (s == "_" || s == "match" || s == "case");
    }
    // A rule's location (pegen's EXTRA): from its first token to the last one consumed
    // that is not NEWLINE, INDENT, DEDENT or ENDMARKER.
    Loc span(size_t start) const {
        const Token& a = toks_[start];
        size_t e = pos_ > start ? pos_ - 1 : start;
        while (e > start && (toks_[e].kind == Tok::Newline || toks_[e].kind == Tok::Indent ||
                             toks_[e].kind == Tok::Dedent || toks_[e].kind == Tok::EndMarker))
            e--;
        const Token& b = toks_[e];
        return {a.line, a.col, b.end_line, b.end_col};
    }
    template <class T, class... A>
    T* make(size_t start, A&&... a) {
        T* n = sh_.module.make<T>(std::forward<A>(a)...);
        n->loc = span(start);
        return n;
    }

    // ---- errors ----------------------------------------------------------------------
    std::nullptr_t raise(Loc loc, std::string msg, const char* kind = "SyntaxError");
    std::nullptr_t raise_tok(const Token& t, std::string msg, const char* kind = "SyntaxError") {
        return raise({t.line, t.col, t.end_line, t.end_col}, std::move(msg), kind);
    }
    std::nullptr_t raise_range(const Loc& a, const Loc& b, std::string msg) {
        return raise({a.line, a.col, b.end_line, b.end_col}, std::move(msg));
    }
    // RAISE_SYNTAX_ERROR: at the last token the parser has fetched.
    std::nullptr_t raise_last(std::string msg, const char* kind = "SyntaxError") {
        return raise_tok(toks_[max_pos_], std::move(msg), kind);
    }
    // RAISE_SYNTAX_ERROR_STARTING_FROM: from a to the tokenizer's cursor, which stands
    // after the last token fetched (and CPython does not add 1 to that column).
    std::nullptr_t raise_from(const Loc& a, std::string msg) {
        const Token& t = toks_[max_pos_];
        return raise({a.line, a.col, t.end_line, t.end_col - 1}, std::move(msg));
    }
    // `&&'x'` in the grammar: the token must be there, else "expected 'x'" at once.
    bool forced(Tok t, const char* what);
    bool failed() const { return err_.has_value(); }

    // ---- statements (parser_stmt.cpp, parser_compound.cpp, parser_params.cpp) -------
    bool statements(ast::StmtList& out);
    bool statement(ast::StmtList& out);
    bool simple_stmts(ast::StmtList& out);
    ast::Stmt* simple_stmt();
    ast::Stmt* import_stmt();
    ast::Stmt* assignment_or_expr();
    ast::Stmt* ann_assign(size_t start, ast::Expr* target, bool simple);
    ast::Stmt* invalid_assignment(size_t start);
    ast::Stmt* compound_stmt();
    bool block(ast::StmtList& out);
    bool missing_block(const std::string& what, int line);
    bool header_checks(const std::string& what, int line);
    ast::Stmt* if_stmt(bool elif);
    bool else_block(ast::StmtList& out);
    ast::Stmt* while_stmt();
    ast::Stmt* for_stmt(size_t start, bool is_async);
    ast::Stmt* with_stmt(size_t start, bool is_async);
    bool with_item(ast::WithItem& item);
    bool loose_with_items(bool paren);
    ast::Stmt* try_stmt();
    bool except_block(ast::Try* t);
    bool invalid_except(size_t start);
    bool decorators(ast::ExprList& out);
    ast::Stmt* function_def(size_t start, ast::ExprList decorators, bool is_async);
    ast::Stmt* class_def(size_t start, ast::ExprList decorators);
    bool params(ast::Arguments& args, bool lambda);
    bool star_etc(ast::Arguments& args, bool lambda);
    bool param(ast::Arg& a, bool lambda, bool star_annotation);
    bool param_end(bool lambda);
    ast::Expr* default_value();
    bool match_param(bool lambda, int how, Loc* loc);
    int match_params(bool lambda, int how);
    bool match_slash(bool lambda, bool with_default);
    bool invalid_params(bool lambda);
    bool invalid_star_etc(bool lambda);
    bool invalid_kwds(bool lambda);

    // ---- expressions (parser_expr.cpp) ---------------------------------------------
    ast::Expr* star_expressions();
    ast::Expr* star_expression();
    ast::Expr* star_named_expression();
    bool star_named_expressions(ast::ExprList& out, Tok close);
    ast::Expr* named_expression();
    bool invalid_named_expression();
    ast::Expr* expression();
    ast::Expr* expression_impl();
    ast::Expr* expression_without_invalid();
    ast::Expr* disjunction();
    ast::Expr* disjunction_impl();
    ast::Expr* conjunction();
    ast::Expr* inversion();
    ast::Expr* comparison();
    ast::Expr* bitwise_or();
    ast::Expr* binary(int min_prec);
    ast::Expr* factor();
    ast::Expr* power();
    ast::Expr* primary();
    ast::Expr* primary_impl();
    ast::Expr* atom();
    ast::Expr* paren_atom();
    ast::Expr* bracket_atom();
    ast::Expr* brace_atom();
    ast::Expr* number();
    ast::Expr* lambdef();
    ast::Expr* yield_expr();
    ast::Expr* slices();
    ast::Expr* slice();
    ast::Expr* call(size_t start, ast::Expr* func);
    bool arguments(size_t start, ast::Expr* pre, ast::ExprList& args,
                   std::vector<ast::Keyword>& kws);
    bool args_rule(size_t start, ast::Expr* pre, ast::ExprList& args,
                   std::vector<ast::Keyword>& kws);
    bool invalid_kwarg(size_t item);
    bool invalid_arguments(size_t start);
    bool for_if_clauses(std::vector<ast::Comprehension>& out);
    ast::Expr* invalid_comprehension(size_t start, ast::Expr* first, Tok close);

    // ---- targets (parser_expr.cpp) -------------------------------------------------
    ast::Expr* star_targets();
    ast::Expr* star_target();
    static ast::Expr* invalid_target(ast::Expr* e, Targets type);
    bool set_context(ast::Expr* e, ast::Ctx ctx, Targets type);
    std::nullptr_t raise_invalid_target(ast::Expr* e, Targets type);
    static const char* expr_name(const ast::Expr* e);

    // ---- strings (fstring.cpp) -----------------------------------------------------
    ast::Expr* strings();
    ast::Constant* str_node(std::string s, size_t first, size_t last_tok);
    ast::Expr* fstring_finish(FState& st, size_t first, size_t last_tok);
    bool fstring_concat(FState& st, const char*& s, const char* end, bool raw, int recurse,
                        size_t first, size_t t, size_t last_tok);
    ast::Expr* fstring_expr_field(const char*& s, const char* end, bool raw, int recurse,
                                  size_t first, size_t t, size_t last_tok, std::string& expr_text,
                                  bool& has_text);
    ast::Expr* fstring_compile(const char* brace, const char* expr_start, const char* expr_end,
                               size_t t);

    Shared& sh_;
    ast::Module& m_;
    const std::vector<Token>& toks_;
    const std::string& buf_;
    const bool diag_;           // second pass: the invalid_* checks are on
    bool invalid_off_ = false;  // inside a *_without_invalid rule
    size_t pos_ = 0, max_pos_ = 0;
    // A safety net for linear time: real code looks at each token about 10 times; a pass
    // that looks far more must be re-parsing without end, and stops with an error.
    size_t work_ = 0, budget_;
    void over_budget();
    std::optional<PError> err_;
    // Second pass only: its checks re-parse what the grammar would (an operand, the next
    // expression); results are memoised by rule and position, as pegen does, which
    // keeps the pass linear. The first pass never parses anything twice.
    std::unordered_map<uint64_t, std::pair<ast::Expr*, size_t>> memo_;
    bool in_diag() const { return diag_ && !invalid_off_; }
};

// Counts nesting (recursion and left-deep chains) against kMaxDepth.
struct DepthGuard {
    Parser& p;
    int added = 0;
    explicit DepthGuard(Parser& parser) : p(parser) {}
    ~DepthGuard() { p.sh_.depth -= added; }
    bool enter(int n = 1);
};

// Runs CPython's parsing protocol over a token list: first pass, second pass, then the
// precedence of tokenizer errors. fstring: the tokens are an f-string's "(expr)".
std::optional<PError> run_parser(Shared& sh, const lex::Lexed& lx, ast::StmtList* body,
                                 ast::Expr** expr);

// The errors CPython's compiler (not its parser) reports: 'return' outside function...
std::optional<PError> validate(const ast::Module& m);

}  // namespace gs::parsing
