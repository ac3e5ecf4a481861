// Expressions: from star_expressions down to primaries (Grammar/python.gram,
// "EXPRESSIONS"); atoms are in parser_atom.cpp.
// Binary operators use precedence climbing, which builds the same left-deep trees as the
// grammar's left-recursive rules. The second-pass checks (invalid_expression,
// invalid_named_expression, invalid_group, ...) sit where the grammar tries them.
#include "sim/lang/parser_internal.hpp"

namespace gs::parsing {

using namespace ast;

bool DepthGuard::enter(int n) {
    if (p.failed()) return false;  // unwind at once after an error
    p.sh_.depth += n;
    added += n;
    if (p.sh_.depth <= kMaxDepth) return true;
    if (!p.failed()) p.raise_tok(p.peek(), "too many nested expressions");
    return false;
}

namespace {

// Memo keys for the second pass (see Parser::memo_).
enum MemoRule : uint64_t {
    kMemoExpression = 1,
    kMemoBitOr,
    kMemoStarExprs,
    kMemoDisjunction,
    kMemoPrimary
};
uint64_t memo_key(MemoRule r, size_t pos, bool off) {
    return (uint64_t(r) << 40) | (uint64_t(pos) << 1) | uint64_t(off);
}

struct BinOpInfo {
    int prec;  // 0: not a binary operator
    Op op;
};

BinOpInfo binop_info(Tok t) {
    switch (t) {
    case Tok::VBar: return {1, Op::BitOr};
    case Tok::Circumflex: return {2, Op::BitXor};
    case Tok::Amper: return {3, Op::BitAnd};
    case Tok::LeftShift: return {4, Op::LShift};
    case Tok::RightShift: return {4, Op::RShift};
    case Tok::Plus: return {5, Op::Add};
    case Tok::Minus: return {5, Op::Sub};
    case Tok::Star: return {6, Op::Mult};
    case Tok::Slash: return {6, Op::Div};
    case Tok::DoubleSlash: return {6, Op::FloorDiv};
    case Tok::Percent: return {6, Op::Mod};
    case Tok::At: return {6, Op::MatMult};
    default: return {0, Op::Add};
    }
}

bool is_legacy_name(const Expr* e) {
    if (e->kind != ExprKind::Name) return false;
    const auto& id = static_cast<const Name*>(e)->id;
    return id == "print" || id == "exec";
}

// Whether e's leftmost atom, starting at token t, is a list, tuple or generator display
// (the `!(list|tuple|genexp)` lookahead of invalid_named_expression).
bool starts_with_display(const Expr* e, const Token& t) {
    for (;;) {
        if (e->loc.line != t.line || e->loc.col != t.col) return false;
        switch (e->kind) {
        case ExprKind::List:
        case ExprKind::Tuple:
        case ExprKind::GeneratorExp: return true;
        case ExprKind::BinOp: e = static_cast<const BinOp*>(e)->left; break;
        case ExprKind::Attribute: e = static_cast<const Attribute*>(e)->value; break;
        case ExprKind::Subscript: e = static_cast<const Subscript*>(e)->value; break;
        case ExprKind::Call: e = static_cast<const Call*>(e)->func; break;
        default: return false;
        }
    }
}

}  // namespace

// Memoises a rule in the second pass only: the first pass never re-parses.
#define GS_MEMO(rule)                                        \
    uint64_t memo_key_ = memo_key(rule, pos_, invalid_off_); \
    if (diag_) {                                             \
        auto it = memo_.find(memo_key_);                     \
        if (it != memo_.end()) {                             \
            if (it->second.first) pos_ = it->second.second;  \
            return it->second.first;                         \
        }                                                    \
    }
#define GS_MEMO_STORE(result) \
    if (diag_ && !failed()) memo_[memo_key_] = {result, pos_};

Expr* Parser::star_expressions() {
    GS_MEMO(kMemoStarExprs)
    size_t start = pos_;
    Expr* first = star_expression();
    Expr* result = first;
    if (first && at(Tok::Comma)) {
        auto* t = make<Tuple>(start);
        t->elts.push_back(first);
        while (accept(Tok::Comma)) {
            size_t m = pos_;
            Expr* e = star_expression();
            if (!e) {
                if (failed()) return nullptr;
                pos_ = m;
                break;
            }
            t->elts.push_back(e);
        }
        t->loc = span(start);
        result = t;
    }
    GS_MEMO_STORE(result)
    return result;
}

Expr* Parser::star_expression() {
    if (!at(Tok::Star)) return expression();
    size_t start = pos_++;
    Expr* v = bitwise_or();
    if (!v) return nullptr;
    auto* s = make<Starred>(start);
    s->value = v;
    return s;
}

Expr* Parser::star_named_expression() {
    if (!at(Tok::Star)) return named_expression();
    size_t start = pos_++;
    Expr* v = bitwise_or();
    if (!v) return nullptr;
    auto* s = make<Starred>(start);
    s->value = v;
    return s;
}

// ','.star_named_expression+ [','], up to (not including) `close`.
bool Parser::star_named_expressions(ExprList& out, Tok close) {
    for (;;) {
        Expr* e = star_named_expression();
        if (!e) return false;
        out.push_back(e);
        if (!accept(Tok::Comma) || at(close)) return true;
    }
}

Expr* Parser::named_expression() {
    size_t start = pos_;
    if (at(Tok::Name) && kind(1) == Tok::ColonEqual) {  // assignment_expression
        pos_ += 2;
        Expr* v = expression();
        if (!v) return nullptr;
        auto* target = m_.make<Name>();
        target->id = std::string(text(toks_[start]));
        target->ctx = Ctx::Store;
        const Token& t = toks_[start];
        target->loc = {t.line, t.col, t.end_line, t.end_col};
        auto* n = make<NamedExpr>(start);
        n->target = target;
        n->value = v;
        return n;
    }
    if (in_diag() && invalid_named_expression()) return nullptr;
    Expr* e = expression();
    if (!e) return nullptr;
    if (at(Tok::ColonEqual)) {
        pos_ = start;
        return nullptr;
    }
    return e;
}

// invalid_named_expression; true when it raised an error.
bool Parser::invalid_named_expression() {
    size_t start = pos_;
    Expr* a = expression();
    if (a && accept(Tok::ColonEqual) && expression())
        return raise(a->loc, std::string("cannot use assignment expressions with ") + expr_name(a)),
               true;
    if (failed()) return true;
    pos_ = start;
    if (at(Tok::Name) && kind(1) == Tok::Equal) {
        pos_ += 2;
        Expr* b = bitwise_or();
        if (b && !at(Tok::Equal) && !at(Tok::ColonEqual)) {
            const Token& n = toks_[start];
            return raise_range({n.line, n.col, n.end_line, n.end_col}, b->loc,
                               "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"),
                   true;
        }
        if (failed()) return true;
        pos_ = start;
    }
    Tok k = kind();
    if (k != Tok::KwTrue && k != Tok::KwNone && k != Tok::KwFalse) {
        Expr* lhs = bitwise_or();
        if (lhs && !starts_with_display(lhs, toks_[start]) && accept(Tok::Equal) && bitwise_or() &&
            !at(Tok::Equal) && !at(Tok::ColonEqual))
            return raise(lhs->loc, std::string("cannot assign to ") + expr_name(lhs) +
                                       " here. Maybe you meant '==' instead of '='?"),
                   true;
        if (failed()) return true;
    }
    pos_ = start;
    return false;
}

Expr* Parser::expression() {
    GS_MEMO(kMemoExpression)
    Expr* e = expression_impl();
    GS_MEMO_STORE(e)
    return e;
}

Expr* Parser::expression_impl() {
    DepthGuard g(*this);
    if (!g.enter()) return nullptr;
    size_t start = pos_;
    if (at(Tok::KwLambda)) return lambdef();
    const bool comma_check = !(at(Tok::Name) && kind(1) == Tok::String) && !soft_keyword(peek());
    Expr* a = disjunction();
    if (!a) return nullptr;
    if (in_diag()) {
        size_t m = pos_;
        // invalid_expression: two expressions in a row inside brackets
        if (comma_check && !is_legacy_name(a)) {
            Expr* b = expression_without_invalid();
            if (b && toks_[pos_ - 1].level != 0)
                return raise_range(a->loc, b->loc, "invalid syntax. Perhaps you forgot a comma?");
            if (failed()) return nullptr;
            pos_ = m;
        }
        if (at(Tok::KwIf)) {
            pos_++;
            Expr* b = disjunction();
            if (b && !at(Tok::KwElse) && !at(Tok::Colon))
                return raise_range(a->loc, b->loc, "expected 'else' after 'if' expression");
            if (failed()) return nullptr;
            pos_ = m;
        }
        // invalid_legacy_expression: print "x"
        const Token& t = toks_[start];
        std::string_view id = text(t);
        if (t.kind == Tok::Name && (id == "print" || id == "exec") &&
            toks_[start + 1].kind != Tok::LPar) {
            pos_ = start + 1;
            if (Expr* b = star_expressions())
                return raise_range({t.line, t.col, t.end_line, t.end_col}, b->loc,
                                   "Missing parentheses in call to '" + std::string(id) +
                                       "'. Did you mean " + std::string(id) + "(...)?");
            if (failed()) return nullptr;
            pos_ = m;
        }
    }
    if (!at(Tok::KwIf)) return a;
    size_t m = pos_++;
    Expr* test = disjunction();
    Expr* orelse = test && accept(Tok::KwElse) ? expression() : nullptr;
    if (!orelse) {
        if (failed()) return nullptr;
        pos_ = m;
        return a;
    }
    auto* e = make<IfExp>(start);
    e->test = test;
    e->body = a;
    e->orelse = orelse;
    return e;
}

Expr* Parser::expression_without_invalid() {
    bool saved = invalid_off_;
    invalid_off_ = true;
    Expr* e = expression();
    invalid_off_ = saved;
    return e;
}

Expr* Parser::disjunction() {
    GS_MEMO(kMemoDisjunction)
    Expr* e = disjunction_impl();
    GS_MEMO_STORE(e)
    return e;
}

Expr* Parser::disjunction_impl() {
    size_t start = pos_;
    Expr* a = conjunction();
    if (!a || !at(Tok::KwOr)) return a;
    auto* b = make<BoolOp>(start);
    b->op = BoolOpKind::Or;
    b->values.push_back(a);
    while (at(Tok::KwOr)) {
        size_t m = pos_++;
        Expr* e = conjunction();
        if (!e) {
            if (failed()) return nullptr;
            pos_ = m;
            break;
        }
        b->values.push_back(e);
    }
    if (b->values.size() == 1) return a;
    b->loc = span(start);
    return b;
}

Expr* Parser::conjunction() {
    size_t start = pos_;
    Expr* a = inversion();
    if (!a || !at(Tok::KwAnd)) return a;
    auto* b = make<BoolOp>(start);
    b->op = BoolOpKind::And;
    b->values.push_back(a);
    while (at(Tok::KwAnd)) {
        size_t m = pos_++;
        Expr* e = inversion();
        if (!e) {
            if (failed()) return nullptr;
            pos_ = m;
            break;
        }
        b->values.push_back(e);
    }
    if (b->values.size() == 1) return a;
    b->loc = span(start);
    return b;
}

Expr* Parser::inversion() {
    if (!at(Tok::KwNot)) return comparison();
    DepthGuard g(*this);
    if (!g.enter()) return nullptr;
    size_t start = pos_++;
    Expr* operand = inversion();
    if (!operand) return nullptr;
    auto* u = make<UnaryOp>(start);
    u->op = UnaryOpKind::Not;
    u->operand = operand;
    return u;
}

Expr* Parser::comparison() {
    size_t start = pos_;
    Expr* a = bitwise_or();
    if (!a) return nullptr;
    Compare* c = nullptr;
    for (;;) {
        size_t m = pos_;
        CmpOp op;
        switch (kind()) {
        case Tok::EqEqual: op = CmpOp::Eq; break;
        case Tok::NotEqual: op = CmpOp::NotEq; break;
        case Tok::LessEqual: op = CmpOp::LtE; break;
        case Tok::Less: op = CmpOp::Lt; break;
        case Tok::GreaterEqual: op = CmpOp::GtE; break;
        case Tok::Greater: op = CmpOp::Gt; break;
        case Tok::KwIn: op = CmpOp::In; break;
        case Tok::KwNot:
            if (kind(1) != Tok::KwIn) goto done;
            op = CmpOp::NotIn;
            pos_++;
            break;
        case Tok::KwIs:
            op = CmpOp::Is;
            if (kind(1) == Tok::KwNot) {
                op = CmpOp::IsNot;
                pos_++;
            }
            break;
        default: goto done;
        }
        pos_++;
        if (Expr* b = bitwise_or()) {
            if (!c) {
                c = m_.make<Compare>();
                c->left = a;
            }
            c->ops.push_back(op);
            c->comparators.push_back(b);
            continue;
        }
        if (failed()) return nullptr;
        pos_ = m;
        break;
    }
done:
    if (!c) return a;
    c->loc = span(start);
    return c;
}

Expr* Parser::bitwise_or() {
    GS_MEMO(kMemoBitOr)
    Expr* e = binary(1);
    GS_MEMO_STORE(e)
    return e;
}

// Precedence climbing over | ^ & << >> + - * / // % @ (all left-associative).
Expr* Parser::binary(int min_prec) {
    size_t start = pos_;
    Expr* left = factor();
    if (!left) return nullptr;
    DepthGuard g(*this);
    for (;;) {
        BinOpInfo info = binop_info(kind());
        if (info.prec == 0 || info.prec < min_prec) break;
        size_t m = pos_++;
        Expr* right = binary(info.prec + 1);
        if (!right) {
            if (failed()) return nullptr;
            pos_ = m;
            break;
        }
        if (!g.enter()) return nullptr;
        auto* b = make<BinOp>(start);
        b->left = left;
        b->op = info.op;
        b->right = right;
        left = b;
    }
    return left;
}

Expr* Parser::factor() {
    UnaryOpKind op;
    switch (kind()) {
    case Tok::Plus: op = UnaryOpKind::UAdd; break;
    case Tok::Minus: op = UnaryOpKind::USub; break;
    case Tok::Tilde: op = UnaryOpKind::Invert; break;
    default: return power();
    }
    DepthGuard g(*this);
    if (!g.enter()) return nullptr;
    size_t start = pos_++;
    Expr* operand = factor();
    if (!operand) return nullptr;
    auto* u = make<UnaryOp>(start);
    u->op = op;
    u->operand = operand;
    return u;
}

// power: await_primary ['**' factor]
Expr* Parser::power() {
    size_t start = pos_;
    Expr* a;
    if (at(Tok::KwAwait)) {
        pos_++;
        Expr* v = primary();
        if (!v) return nullptr;
        auto* aw = make<Yield>(start, ExprKind::Await);
        aw->value = v;
        a = aw;
    } else {
        a = primary();
        if (!a) return nullptr;
    }
    if (!at(Tok::DoubleStar)) return a;
    DepthGuard g(*this);
    if (!g.enter()) return nullptr;
    size_t m = pos_++;
    Expr* b = factor();
    if (!b) {
        if (failed()) return nullptr;
        pos_ = m;
        return a;
    }
    auto* p = make<BinOp>(start);
    p->left = a;
    p->op = Op::Pow;
    p->right = b;
    return p;
}

Expr* Parser::primary() {
    GS_MEMO(kMemoPrimary)
    Expr* e = primary_impl();
    GS_MEMO_STORE(e)
    return e;
}

Expr* Parser::primary_impl() {
    size_t start = pos_;
    Expr* e = atom();
    if (!e) return nullptr;
    DepthGuard g(*this);
    for (;;) {
        size_t m = pos_;
        if (at(Tok::Dot)) {
            if (kind(1) != Tok::Name) break;
            pos_ += 2;
            auto* a = make<Attribute>(start);
            a->value = e;
            a->attr = std::string(text(toks_[pos_ - 1]));
            e = a;
        } else if (at(Tok::LPar)) {
            Expr* c;
            {
                DepthGuard b(*this);
                if (!b.enter(kBracketDepth)) return nullptr;
                c = call(start, e);
            }
            if (!c) {
                if (failed()) return nullptr;
                pos_ = m;
                break;
            }
            e = c;
        } else if (at(Tok::LSqb)) {
            pos_++;
            Expr* s;
            {
                DepthGuard b(*this);
                if (!b.enter(kBracketDepth)) return nullptr;
                s = slices();
            }
            if (!s || !accept(Tok::RSqb)) {
                if (failed()) return nullptr;
                pos_ = m;
                break;
            }
            auto* sub = make<Subscript>(start);
            sub->value = e;
            sub->slice = s;
            e = sub;
        } else {
            break;
        }
        if (!g.enter()) return nullptr;
    }
    return e;
}

}  // namespace gs::parsing
