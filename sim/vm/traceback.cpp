#include "sim/vm/traceback.hpp"

#include <algorithm>
#include <climits>

namespace gs {

void add_traceback(Thread& t, Code* code, uint32_t pc) {
    if (!is_kind(t.exc, Kind::Exception)) return;
    as<ExceptionObj>(t.exc)->tb.push_back({code, pc});
}

// ---- suggestions (re-implemented from the description of Python/suggestions.c) -------

namespace {

constexpr size_t kMoveCost = 2;
constexpr size_t kCaseCost = 1;
constexpr size_t kMaxStringSize = 40;

size_t substitution_cost(char a, char b) {
    if ((a & 31) != (b & 31)) return kMoveCost;
    if (a == b) return 0;
    if (a >= 'A' && a <= 'Z') a = char(a + ('a' - 'A'));
    if (b >= 'A' && b <= 'Z') b = char(b + ('a' - 'A'));
    return a == b ? kCaseCost : kMoveCost;
}

// Edit distance where case changes are cheap; stops early past max_cost.
size_t levenshtein(std::string_view a, std::string_view b, size_t max_cost) {
    while (!a.empty() && !b.empty() && a.front() == b.front()) {
        a.remove_prefix(1);
        b.remove_prefix(1);
    }
    while (!a.empty() && !b.empty() && a.back() == b.back()) {
        a.remove_suffix(1);
        b.remove_suffix(1);
    }
    if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
    if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
    if (b.size() < a.size()) std::swap(a, b);
    if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
    size_t row[kMaxStringSize];
    for (size_t i = 0; i < a.size(); i++) row[i] = (i + 1) * kMoveCost;
    size_t result = 0;
    for (size_t bi = 0; bi < b.size(); bi++) {
        size_t distance = result = bi * kMoveCost;
        size_t minimum = SIZE_MAX;
        for (size_t ai = 0; ai < a.size(); ai++) {
            size_t substitute = distance + substitution_cost(b[bi], a[ai]);
            distance = row[ai];
            size_t insert_delete = std::min(result, distance) + kMoveCost;
            result = std::min(insert_delete, substitute);
            row[ai] = result;
            minimum = std::min(minimum, result);
        }
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

}  // namespace

std::string suggest_name(std::string_view name, const std::vector<std::string_view>& candidates) {
    if (candidates.size() >= 750) return {};
    size_t best_distance = SIZE_MAX;
    std::string_view best;
    bool found = false;
    for (std::string_view item : candidates) {
        if (item == name) continue;
        size_t max_distance = (name.size() + item.size() + 3) * kMoveCost / 6;
        if (best_distance != SIZE_MAX) max_distance = std::min(max_distance, best_distance - 1);
        size_t d = levenshtein(name, item, max_distance);
        if (d > max_distance) continue;
        if (!found || d < best_distance) {
            best = item;
            best_distance = d;
            found = true;
        }
    }
    return found ? std::string(best) : std::string();
}

// ---- printing -------------------------------------------------------------------------

namespace {

size_t char_offset(std::string_view line, int32_t byte_col) {
    if (byte_col < 0) return 0;
    size_t end = std::min(size_t(byte_col), line.size());
    return utf8_count(line.substr(0, end));
}

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\f'; }

// The marker line under an entry's source line, or empty when CPython would omit it.
std::string caret_line(const Source& src, const Loc& loc, const CaretHint& hint) {
    std::string_view line = src.line(loc.line);
    if (loc.col < 0 || loc.end_col < 0 || loc.end_line < loc.line) return {};
    size_t lead = 0;
    while (lead < line.size() && is_ws(line[lead])) lead++;
    std::string_view stripped = line.substr(lead);
    while (!stripped.empty() && (is_ws(stripped.back()) || stripped.back() == '\r')) stripped.remove_suffix(1);
    size_t start = char_offset(line, loc.col);
    size_t end;
    long left_end = -1, right_start = -1;  // anchors, relative to start (characters)
    if (loc.line == loc.end_line) {
        end = char_offset(line, loc.end_col);
        std::string_view seg = line.substr(std::min(size_t(loc.col), line.size()),
                                           size_t(std::max(0, loc.end_col - loc.col)));
        auto seg_chars = [&](size_t byte) { return long(utf8_count(seg.substr(0, std::min(byte, seg.size())))); };
        if (hint.kind == CaretHint::BinOp && hint.a >= loc.col && hint.b >= hint.a) {
            // The operator: the first non-space after the left operand (skipping closing
            // parentheses and comments), one or two characters long.
            size_t op_start = size_t(hint.a - loc.col), op_end = size_t(hint.b - loc.col);
            std::string_view op = seg.substr(op_start, op_end > op_start ? op_end - op_start : 0);
            size_t off = 0;
            while (off < op.size() && (is_ws(op[off]) || op[off] == '\n')) off++;
            size_t left = op_start + off;
            size_t right = left + 1;
            if (off + 1 < op.size() && !is_ws(op[off + 1])) right++;
            while (left < seg.size() && (is_ws(seg[left]) || seg[left] == ')' || seg[left] == '#')) {
                left++;
                right++;
            }
            left_end = seg_chars(left);
            right_start = seg_chars(right);
        } else if (hint.kind == CaretHint::Subscript && hint.a >= loc.col) {
            size_t left = size_t(hint.a - loc.col);
            size_t right = size_t(hint.b - loc.col) + 1;
            while (left < seg.size() && seg[left] != '[') left++;
            while (right < seg.size() && seg[right] != ']') right++;
            if (right < seg.size()) right++;
            left_end = seg_chars(left);
            right_start = seg_chars(right);
        }
    } else {
        // A multi-line expression: mark to the end of the first line.
        size_t i = line.size();
        while (i > 0 && is_ws(line[i - 1])) i--;
        end = utf8_count(line.substr(0, i));
    }
    bool secondary = left_end >= 0 || right_start >= 0;
    size_t lead_chars = utf8_count(line.substr(0, lead));
    if (end - start == utf8_count(stripped) && !secondary) return {};
    if (end <= start) return {};
    std::string out = "    ";
    for (size_t c = lead_chars; c < start; c++) out += ' ';
    for (size_t c = start; c < end; c++) {
        long rel = long(c - start);
        if (!secondary) out += '^';
        else out += (rel >= left_end && rel < right_start) ? '^' : '~';
    }
    out += '\n';
    return out;
}

std::string qualified_type_name(Type* tp) {
    std::string_view mod = tp->module ? tp->module->view() : "builtins";
    if (mod == "builtins" || mod == "__main__") return std::string(tp->name->view());
    return std::string(mod) + "." + std::string(tp->name->view());
}

void dir_names(Thread& t, Value obj, std::vector<std::string_view>& out) {
    Type* tp = type_of(t.in, obj);
    auto add_dict = [&](Dict* d) {
        if (!d) return;
        for (auto& e : d->entries)
            if (is_kind(e.key, Kind::Str)) out.push_back(as<Str>(e.key)->view());
    };
    if (is_kind(obj, Kind::Type)) {
        for (Type* b = as<Type>(obj); b; b = b->base) add_dict(b->dict);
    } else if (is_kind(obj, Kind::Module)) {
        add_dict(as<Module>(obj)->dict);
    } else {
        if (obj.is_obj() && (obj.o->kind == Kind::Instance || obj.o->kind == Kind::Exception) && tp->slot_names) {
            auto& slots = as<Instance>(obj)->slots;
            for (auto& e : tp->slot_names->entries)
                if (!e.key.is_null() && size_t(e.value.i) < slots.size() && !slots[size_t(e.value.i)].is_null())
                    out.push_back(as<Str>(e.key)->view());
        }
        for (Type* b = tp; b; b = b->base) add_dict(b->dict);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
}

std::string suggestion_for(Thread& t, ExceptionObj* e) {
    Interp& in = t.in;
    if (!is_kind(e->name, Kind::Str)) return {};
    std::string_view name = as<Str>(e->name)->view();
    std::vector<std::string_view> cands;
    std::string s;
    if (e->type->is_subtype_of(in.types.AttributeError)) {
        if (e->obj.is_null()) return {};
        dir_names(t, e->obj, cands);
        s = suggest_name(name, cands);
    } else if (e->type->is_subtype_of(in.types.NameError)) {
        if (e->tb.empty()) return {};
        Code* code = e->tb.front().code;
        for (Str* v : code->varnames) cands.push_back(v->view());
        for (Str* v : code->cellvars) cands.push_back(v->view());
        for (Str* v : code->freevars) cands.push_back(v->view());
        s = suggest_name(name, cands);
        if (s.empty()) {
            // Globals of the frame: the module's dict (the only globals gilsim programs have).
            cands.clear();
            if (in.main)
                for (auto& en : in.main->dict->entries)
                    if (is_kind(en.key, Kind::Str)) cands.push_back(as<Str>(en.key)->view());
            s = suggest_name(name, cands);
        }
        if (s.empty()) {
            cands.clear();
            for (auto& en : in.builtins->entries)
                if (is_kind(en.key, Kind::Str)) cands.push_back(as<Str>(en.key)->view());
            s = suggest_name(name, cands);
        }
    }
    return s.empty() ? s : ". Did you mean: '" + s + "'?";
}

void format_one(Thread& t, ExceptionObj* e, std::string& out) {
    if (!e->tb.empty()) {
        out += "Traceback (most recent call last):\n";
        // Entries are stored innermost first; print outermost first, collapsing runs of
        // more than three identical lines as CPython does.
        constexpr int kCutoff = 3;
        const Source* last_src = nullptr;
        int last_line = -1;
        Str* last_name = nullptr;
        int cnt = 0;
        auto repeated = [&](int c) {
            c -= kCutoff;
            out += fmt::format("  [Previous line repeated {} more time{}]\n", c, c > 1 ? "s" : "");
        };
        size_t n = e->tb.size();
        size_t first = n > 1000 ? n - 1000 : 0;  // sys.tracebacklimit's default
        for (size_t k = n - first; k-- > 0;) {
            const TbEntry& en = e->tb[k];
            Code* code = en.code;
            const Loc& loc = en.pc < code->locs.size() ? code->locs[en.pc] : Loc{};
            const Source* src = code->source.get();
            if (!(src == last_src && loc.line == last_line && code->name == last_name)) {
                if (cnt > kCutoff) repeated(cnt);
                last_src = src;
                last_line = loc.line;
                last_name = code->name;
                cnt = 0;
            }
            cnt++;
            if (cnt > kCutoff) continue;
            out += fmt::format("  File \"{}\", line {}, in {}\n", src ? src->path : "<unknown>", loc.line,
                               code->name->view());
            if (src && loc.line > 0) {
                std::string_view line = src->line(loc.line);
                size_t lead = 0;
                while (lead < line.size() && is_ws(line[lead])) lead++;
                std::string_view stripped = line.substr(lead);
                while (!stripped.empty() && (is_ws(stripped.back()) || stripped.back() == '\r'))
                    stripped.remove_suffix(1);
                if (!stripped.empty()) {
                    out += "    ";
                    out += stripped;
                    out += '\n';
                    CaretHint h = en.pc < code->hints.size() ? code->hints[en.pc] : CaretHint{};
                    out += caret_line(*src, loc, h);
                }
            }
        }
        if (cnt > kCutoff) repeated(cnt);
    }
    std::string msg;
    Value sv = to_str(t, Value(e));
    if (sv.is_null()) {
        t.exc = Value();
        msg = "<exception str() failed>";
    } else {
        msg = std::string(as<Str>(sv)->view());
    }
    out += qualified_type_name(e->type);
    if (!msg.empty()) {
        out += ": ";
        out += msg;
    }
    out += suggestion_for(t, e);
    out += '\n';
}

void format_chain(Thread& t, ExceptionObj* e, std::string& out, std::vector<ExceptionObj*>& seen) {
    seen.push_back(e);
    auto unseen = [&](Value v) {
        return is_kind(v, Kind::Exception) &&
               std::find(seen.begin(), seen.end(), as<ExceptionObj>(v)) == seen.end();
    };
    if (unseen(e->cause)) {
        format_chain(t, as<ExceptionObj>(e->cause), out, seen);
        out += "\nThe above exception was the direct cause of the following exception:\n\n";
    } else if (!e->suppress_context && unseen(e->context)) {
        format_chain(t, as<ExceptionObj>(e->context), out, seen);
        out += "\nDuring handling of the above exception, another exception occurred:\n\n";
    }
    format_one(t, e, out);
}

}  // namespace

std::string format_exception(Thread& t, Value exc) {
    std::string out;
    if (!is_kind(exc, Kind::Exception)) return "<not an exception>\n";
    std::vector<ExceptionObj*> seen;
    format_chain(t, as<ExceptionObj>(exc), out, seen);
    return out;
}

}  // namespace gs
