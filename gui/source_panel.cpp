#include "gui/source_panel.hpp"

#include <imgui.h>

#include <string>

namespace gs::gui {

namespace {

// The line of the last 'File "<path>", line N' in a traceback that names `path`.
int traceback_line(const std::string& out, const std::string& path) {
    int line = 0;
    size_t at = 0;
    while ((at = out.find("File \"", at)) != std::string::npos) {
        size_t q = out.find('"', at + 6);
        if (q == std::string::npos) break;
        std::string file = out.substr(at + 6, q - at - 6);
        size_t l = out.find(", line ", q);
        if (l == q + 1 && (file == path || (file.size() >= path.size() && file.ends_with(path)) || path.ends_with(file)))
            line = std::atoi(out.c_str() + l + 7);
        at = q;
    }
    return line;
}

}  // namespace

void SourcePanel::draw(Session& s, const Fonts& f) {
    const Scenario* sc = s.scenario();
    if (!sc || !sc->program) {
        ImGui::TextDisabled("No program (open a scenario).");
        return;
    }
    const Source& src = *sc->program;
    int error_line = 0;
    if (RunView* v = s.current(); v && v->run->done() && v->run->result().exit_code != 0)
        error_line = traceback_line(v->run->output(), src.path);
    ImGui::TextDisabled("%s", src.path.c_str());
    if (error_line) {
        ImGui::SameLine();
        ImGui::TextColored(ImVec4(1, 0.45f, 0.4f, 1), "  the program raised at line %d (see Output)", error_line);
    }
    ImGui::BeginChild("src", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
    ImGui::PushFont(f.mono);
    ImGuiListClipper clip;
    clip.Begin(src.line_count());
    while (clip.Step()) {
        for (int i = clip.DisplayStart; i < clip.DisplayEnd; i++) {
            int n = i + 1;
            std::string_view text = src.line(n);
            if (n == error_line) {
                ImVec2 p = ImGui::GetCursorScreenPos();
                ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + ImGui::GetWindowWidth(), p.y + ImGui::GetTextLineHeight()),
                                                          IM_COL32(120, 30, 30, 255));
            }
            ImGui::TextDisabled("%4d", n);
            ImGui::SameLine();
            ImGui::TextUnformatted(text.data(), text.data() + text.size());
        }
    }
    ImGui::PopFont();
    ImGui::EndChild();
}

void OutputPanel::draw(Session& s, const Fonts& f) {
    RunView* v = s.current();
    if (!v) {
        ImGui::TextDisabled("No run.");
        return;
    }
    std::string out = v->run->output();
    if (out.empty()) ImGui::TextDisabled(v->run->done() ? "The program printed nothing." : "Nothing printed yet.");
    ImGui::BeginChild("out", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
    ImGui::PushFont(f.mono);
    ImGui::TextUnformatted(out.data(), out.data() + out.size());
    ImGui::PopFont();
    // Keep the newest output in view while it grows (unless scrolled up).
    if (out.size() != seen_ && ImGui::GetScrollY() >= ImGui::GetScrollMaxY() - 20) ImGui::SetScrollHereY(1.0f);
    seen_ = out.size();
    ImGui::EndChild();
}

}  // namespace gs::gui
