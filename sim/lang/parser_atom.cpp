// Atoms (names, constants, displays, comprehensions, lambda), slices and the
// comprehension clauses. A bracket is parsed once: its first element decides between a
// tuple, a group and a generator expression (or a list, set, dict and their
// comprehensions), where the grammar tries those alternatives one after the other.
#include <charconv>
#include <cmath>

#include "sim/lang/parser_internal.hpp"

namespace gs::parsing {

using namespace ast;

Expr* Parser::atom() {
    size_t start = pos_;
    const Token& t = peek();
    switch (t.kind) {
    case Tok::Name: {
        pos_++;
        auto* n = make<Name>(start);
        n->id = std::string(text(t));
        return n;
    }
    case Tok::KwTrue:
    case Tok::KwFalse:
    case Tok::KwNone:
    case Tok::Ellipsis: {
        pos_++;
        auto* c = make<Constant>(start);
        c->ck = t.kind == Tok::KwTrue    ? ConstKind::True
                : t.kind == Tok::KwFalse ? ConstKind::False
                : t.kind == Tok::KwNone  ? ConstKind::None
                                         : ConstKind::Ellipsis;
        return c;
    }
    case Tok::Number: return number();
    case Tok::String: return strings();
    case Tok::LPar: return paren_atom();
    case Tok::LSqb: return bracket_atom();
    case Tok::LBrace: return brace_atom();
    default: return nullptr;
    }
}

Expr* Parser::number() {
    size_t start = pos_;
    const Token& t = toks_[pos_++];
    std::string s;
    for (char ch : text(t))
        if (ch != '_') s += ch;
    auto* c = make<Constant>(start);
    char last = s.back();
    if (last == 'j' || last == 'J')
        return raise_tok(t, "imaginary literals are not supported (gilsim has no complex type)");
    int base = 10;
    size_t skip = 0;
    if (s.size() > 1 && s[0] == '0') {
        char b = char(s[1] | 0x20);
        if (b == 'x')
            base = 16, skip = 2;
        else if (b == 'o')
            base = 8, skip = 2;
        else if (b == 'b')
            base = 2, skip = 2;
    }
    bool is_float = base == 10 && s.find_first_of(".eE") != std::string::npos;
    if (is_float) {
        c->ck = ConstKind::Float;
        auto r = std::from_chars(s.data(), s.data() + s.size(), c->f);
        if (r.ec == std::errc::result_out_of_range) {
            // Too big is inf, too small is 0.0, as Python's float() rounds them.
            size_t e = s.find_first_of("eE");
            bool tiny = e != std::string::npos && s[e + 1] == '-';
            bool zero = s.find_first_of("123456789") >= (e == std::string::npos ? s.size() : e);
            c->f = tiny || zero ? 0.0 : HUGE_VAL;
        }
        return c;
    }
    c->ck = ConstKind::Int;
    uint64_t v = 0;
    auto r = std::from_chars(s.data() + skip, s.data() + s.size(), v, base);
    if (r.ec == std::errc::result_out_of_range || v > uint64_t(INT64_MAX))
        return raise_tok(t,
                         "integer literal too large: gilsim ints are 64-bit "
                         "(the largest is 9223372036854775807)");
    c->i = int64_t(v);
    return c;
}

// '(' ...: tuple | group | genexp
Expr* Parser::paren_atom() {
    size_t start = pos_++;
    DepthGuard depth(*this);
    if (!depth.enter(kBracketDepth)) return nullptr;
    if (accept(Tok::RPar)) return make<Tuple>(start);
    if (at(Tok::KwYield)) {
        Expr* y = yield_expr();
        return y && accept(Tok::RPar) ? y : nullptr;
    }
    if (at(Tok::DoubleStar) && in_diag()) {  // invalid_group: '(' '**' expression ')'
        const Token& dstar = peek();
        pos_++;
        if (expression() && at(Tok::RPar))
            return raise_tok(dstar, "cannot use double starred expression here");
        if (failed()) return nullptr;
        pos_ = start + 1;
    }
    Expr* first = star_named_expression();
    if (!first) return nullptr;
    if (at_for()) {
        if (first->kind == ExprKind::Starred) return invalid_comprehension(start, first, Tok::RPar);
        auto* g = m_.make<ListComp>(ExprKind::GeneratorExp);
        g->elt = first;
        if (!for_if_clauses(g->generators) || !accept(Tok::RPar)) return nullptr;
        g->loc = span(start);
        return g;
    }
    if (at(Tok::Comma)) {
        auto* t = m_.make<Tuple>();
        t->elts.push_back(first);
        pos_++;
        if (!at(Tok::RPar) && !star_named_expressions(t->elts, Tok::RPar)) return nullptr;
        if (!accept(Tok::RPar)) return nullptr;
        t->loc = span(start);
        return t;
    }
    if (!at(Tok::RPar)) return nullptr;
    if (first->kind == ExprKind::Starred) {
        if (in_diag()) return raise(first->loc, "cannot use starred expression here");
        return nullptr;
    }
    pos_++;
    return first;  // a group keeps its inner node and that node's location
}

// '[' ...: list | listcomp
Expr* Parser::bracket_atom() {
    size_t start = pos_++;
    DepthGuard depth(*this);
    if (!depth.enter(kBracketDepth)) return nullptr;
    if (accept(Tok::RSqb)) return make<List>(start);
    Expr* first = star_named_expression();
    if (!first) return nullptr;
    if (at_for()) {
        if (first->kind == ExprKind::Starred) return invalid_comprehension(start, first, Tok::RSqb);
        auto* c = m_.make<ListComp>(ExprKind::ListComp);
        c->elt = first;
        if (!for_if_clauses(c->generators) || !accept(Tok::RSqb)) return nullptr;
        c->loc = span(start);
        return c;
    }
    auto* l = m_.make<List>();
    l->elts.push_back(first);
    if (accept(Tok::Comma) && !at(Tok::RSqb) && !star_named_expressions(l->elts, Tok::RSqb))
        return nullptr;
    if (at_for()) return invalid_comprehension(start, first, Tok::RSqb);
    if (!accept(Tok::RSqb)) return nullptr;
    l->loc = span(start);
    return l;
}

// '{' ...: dict | set | dictcomp | setcomp
Expr* Parser::brace_atom() {
    size_t start = pos_++;
    DepthGuard depth(*this);
    if (!depth.enter(kBracketDepth)) return nullptr;
    if (accept(Tok::RBrace)) return make<Dict>(start);
    const bool set_like = at(Tok::Star) || (at(Tok::Name) && kind(1) == Tok::ColonEqual);
    Expr* first = nullptr;
    if (!at(Tok::DoubleStar)) {
        first = set_like ? star_named_expression() : expression();
        if (!first) return nullptr;
    }
    if (first && (set_like || !at(Tok::Colon))) {  // a set display or comprehension
        if (at(Tok::ColonEqual)) return nullptr;   // a walrus needs a name: `expression !':='`
        if (at_for()) {
            if (first->kind == ExprKind::Starred)
                return invalid_comprehension(start, first, Tok::RBrace);
            auto* c = m_.make<ListComp>(ExprKind::SetComp);
            c->elt = first;
            if (!for_if_clauses(c->generators) || !accept(Tok::RBrace)) return nullptr;
            c->loc = span(start);
            return c;
        }
        auto* s = m_.make<Set>();
        s->elts.push_back(first);
        if (accept(Tok::Comma) && !at(Tok::RBrace) && !star_named_expressions(s->elts, Tok::RBrace))
            return nullptr;
        if (at_for()) return invalid_comprehension(start, first, Tok::RBrace);
        if (!accept(Tok::RBrace)) return nullptr;
        s->loc = span(start);
        return s;
    }
    // A dict display or comprehension; `first` is the first key, if not '**'.
    auto* d = m_.make<Dict>();
    for (bool first_item = true;; first_item = false) {
        Expr* key = first_item ? first : nullptr;
        Expr* value;
        if (!key && accept(Tok::DoubleStar)) {
            value = bitwise_or();
        } else {
            if (!key && !(key = expression())) return nullptr;
            if (!accept(Tok::Colon)) {
                if (in_diag() && !first_item)  // invalid_kvpair
                    return raise({key->loc.line, key->loc.end_col - 1, key->loc.end_line, -1},
                                 "':' expected after dictionary key");
                return nullptr;
            }
            if (in_diag() && at(Tok::Star)) {
                Loc st = {peek().line, peek().col, 0, 0};
                pos_++;
                if (bitwise_or())
                    return raise_from(st, "cannot use a starred expression in a dictionary value");
                return nullptr;
            }
            if (in_diag() && (at(Tok::RBrace) || at(Tok::Comma)))
                return raise_tok(toks_[pos_ - 1],
                                 "expression expected after dictionary key and ':'");
            value = expression();
            if (value && first_item && at_for()) {
                auto* c = m_.make<DictComp>();
                c->key = key;
                c->value = value;
                if (!for_if_clauses(c->generators) || !accept(Tok::RBrace)) return nullptr;
                c->loc = span(start);
                return c;
            }
        }
        if (!value) return nullptr;
        d->keys.push_back(key);
        d->values.push_back(value);
        if (!accept(Tok::Comma) || at(Tok::RBrace)) break;
    }
    if (!accept(Tok::RBrace)) return nullptr;
    d->loc = span(start);
    return d;
}

// The comprehension forms that CPython rejects with a message (invalid_comprehension).
Expr* Parser::invalid_comprehension(size_t start, Expr* first, Tok close) {
    if (!in_diag()) return nullptr;
    size_t m = pos_;
    std::vector<Comprehension> comps;
    if (first->kind == ExprKind::Starred) {
        pos_ = start + 1;
        if (at(Tok::Star)) {
            pos_++;
            if (expression() && for_if_clauses(comps))
                return raise(first->loc, "iterable unpacking cannot be used in comprehension");
            if (failed()) return nullptr;
        }
        pos_ = m;
    }
    if (close == Tok::RPar) return nullptr;
    // '[' a=star_named_expression ',' b=star_named_expressions for_if_clauses
    pos_ = start + 1;
    Expr* a = star_named_expression();
    if (!a || !at(Tok::Comma)) return nullptr;
    const Token& comma = peek();
    pos_++;
    if (at(Tok::KwFor) || at(Tok::KwAsync)) {
        if (for_if_clauses(comps))
            return raise_range(a->loc, {comma.line, comma.col, comma.end_line, comma.end_col},
                               "did you forget parentheses around the comprehension target?");
        return nullptr;
    }
    ExprList rest;
    if (!star_named_expressions(rest, close)) return nullptr;
    if (for_if_clauses(comps))
        return raise_range(a->loc, rest.back()->loc,
                           "did you forget parentheses around the comprehension target?");
    return nullptr;
}

Expr* Parser::lambdef() {
    size_t start = pos_++;
    auto* l = m_.make<Lambda>();
    if (!at(Tok::Colon) && !params(l->args, true)) {
        if (failed()) return nullptr;
        return nullptr;
    }
    if (!accept(Tok::Colon)) return nullptr;
    l->body = expression();
    if (!l->body) return nullptr;
    l->loc = span(start);
    return l;
}

Expr* Parser::yield_expr() {
    size_t start = pos_++;
    if (accept(Tok::KwFrom)) {
        Expr* v = expression();
        if (!v) return nullptr;
        auto* y = make<Yield>(start, ExprKind::YieldFrom);
        y->value = v;
        return y;
    }
    size_t m = pos_;
    Expr* v = star_expressions();
    if (!v) {
        if (failed()) return nullptr;
        pos_ = m;
    }
    auto* y = make<Yield>(start, ExprKind::Yield);
    y->value = v;
    return y;
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
Expr* Parser::slices() {
    size_t start = pos_;
    auto one = [&]() -> Expr* {
        if (!at(Tok::Star)) return slice();
        size_t s = pos_++;
        Expr* v = expression();
        if (!v) return nullptr;
        auto* st = make<Starred>(s);
        st->value = v;
        return st;
    };
    Expr* first = one();
    if (!first) return nullptr;
    if (!at(Tok::Comma) && first->kind != ExprKind::Starred) return first;
    auto* t = m_.make<Tuple>();
    t->elts.push_back(first);
    while (accept(Tok::Comma)) {
        size_t m = pos_;
        Expr* e = one();
        if (!e) {
            if (failed()) return nullptr;
            pos_ = m;
            break;
        }
        t->elts.push_back(e);
    }
    t->loc = span(start);
    return t;
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
Expr* Parser::slice() {
    size_t start = pos_;
    if (at(Tok::Name) && kind(1) == Tok::ColonEqual) return named_expression();
    auto optional = [&]() -> Expr* {
        size_t m = pos_;
        Expr* e = expression();
        if (!e && !failed()) pos_ = m;
        return e;
    };
    Expr* lower = at(Tok::Colon) ? nullptr : expression();
    if (failed()) return nullptr;
    if (!at(Tok::Colon)) {
        if (!lower || at(Tok::ColonEqual)) return nullptr;
        if (!in_diag()) return lower;
        pos_ = start;  // the grammar's second alternative, with its checks
        return named_expression();
    }
    pos_++;
    auto* s = m_.make<Slice>();
    s->lower = lower;
    if (!(s->upper = optional()) && failed()) return nullptr;
    if (accept(Tok::Colon) && !(s->step = optional()) && failed()) return nullptr;
    s->loc = span(start);
    return s;
}

bool Parser::for_if_clauses(std::vector<Comprehension>& out) {
    while (at_for()) {
        size_t clause = pos_;
        Comprehension c;
        c.is_async = accept(Tok::KwAsync);
        pos_++;
        size_t tstart = pos_;
        c.target = star_targets();
        if (!c.target || !accept(Tok::KwIn)) {
            if (failed()) return false;
            if (in_diag()) {  // invalid_for_target
                pos_ = tstart;
                if (Expr* e = star_expressions()) raise_invalid_target(e, Targets::For);
                if (failed()) return false;
            }
            pos_ = clause;
            return !out.empty();
        }
        c.iter = disjunction();
        if (!c.iter) return false;
        while (at(Tok::KwIf)) {
            size_t m = pos_++;
            Expr* e = disjunction();
            if (!e) {
                if (failed()) return false;
                pos_ = m;
                break;
            }
            c.ifs.push_back(e);
        }
        out.push_back(std::move(c));
    }
    return !out.empty();
}

}  // namespace gs::parsing
