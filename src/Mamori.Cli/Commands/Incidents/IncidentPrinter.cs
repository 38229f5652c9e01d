using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Mamori.Cli.Commands.Shared;
using Mamori.Cli.Localization;
using Mamori.Core.Features;
using Mamori.Core.Incidents;
using Mamori.Detection;
using Spectre.Console;

namespace Mamori.Cli.Commands.Incidents;

/// <summary>How <c>mamori incidents</c> shows an incident: Japanese first (English with --lang en), or stable snake_case JSON.</summary>
internal static class IncidentPrinter
{
    public static JsonSerializerOptions Json { get; } = new(JsonOutput.Options)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false), new CategoryConverter() },
    };

    /// <summary>The incident as JSON: the incident's fields, its triage, deadlines and (when given) history.</summary>
    public static string ToJson(IncidentView view, IReadOnlyList<IncidentUpdate>? history = null) =>
        JsonSerializer.Serialize(Shape(view, history), Json);

    public static object Shape(IncidentView view, IReadOnlyList<IncidentUpdate>? history = null) => new
    {
        incident = view.Incident,
        triage = new
        {
            triggers = view.Triage.Triggers,
            met = view.Triage.Met,
            duty = IncidentCodes.Of(view.Triage.Duty),
            notice_required = view.Triage.NoticeRequired,
            public_announcement_instead = view.Triage.PublicAnnouncementInstead,
            final_report_days = view.Triage.FinalReportDays,
            conclusion = view.Triage.Conclusion,
            conclusion_en = view.Triage.ConclusionEn,
        },
        deadlines = new
        {
            aware_date = Date(view.Deadlines.AwareDate),
            today = Date(view.Deadlines.Today),
            applies = view.Deadlines.Applies,
            preliminary_aim = Date(view.Deadlines.PreliminaryAim),
            preliminary_guidance = Date(view.Deadlines.PreliminaryGuidance),
            preliminary_days_left = view.Deadlines.PreliminaryDaysLeft,
            final_days = view.Deadlines.FinalDays,
            final_due = view.Deadlines.FinalDue is { } due ? Date(due) : null,
            final_moved_because = view.Deadlines.FinalMovedBecause,
            final_days_left = view.Deadlines.FinalDaysLeft,
        },
        history,
    };

    /// <summary>The summary people read after add, show and update.</summary>
    public static async Task WriteAsync(TextWriter output, UiText text, IncidentView view, IReadOnlyList<IncidentUpdate>? history = null)
    {
        var i = view.Incident;
        await output.WriteLineAsync(text[$"事案 {i.Id}「{i.Title}」", $"Incident {i.Id} \"{i.Title}\""]).ConfigureAwait(false);
        await output.WriteLineAsync(text[$"  状態: {StatusName(i.Status, text)}", $"  status: {StatusName(i.Status, text)}"]).ConfigureAwait(false);
        await output.WriteLineAsync(text[$"  知った日時: {Time(i.AwareAt)}（日本時間）", $"  aware at: {Time(i.AwareAt)} (Japan time)"]).ConfigureAwait(false);
        var people = i.People.ToString("N0", CultureInfo.InvariantCulture);
        await output.WriteLineAsync(i.Computed
            ? text[$"  本人の数: {people} 人（プラットフォームから算出）", $"  people: {people} (computed from the platform)"]
            : text[$"  本人の数: {people} 人（手入力）", $"  people: {people} (entered by hand)"]).ConfigureAwait(false);
        await output.WriteLineAsync(text["  項目: ", "  items: "] + string.Join(", ", i.Items.Select(x =>
            x.People is { } n ? $"{x.Type} ({n.ToString("N0", CultureInfo.InvariantCulture)})" : x.Type))).ConfigureAwait(false);
        await WriteTriageAsync(output, text, view.Triage).ConfigureAwait(false);
        await WriteDeadlinesAsync(output, text, view).ConfigureAwait(false);
        if (history is { Count: > 0 })
        {
            await output.WriteLineAsync(text["経過:", "History:"]).ConfigureAwait(false);
            foreach (var h in history)
            {
                await output.WriteLineAsync($"  {Time(h.At)}  {h.UserId}  {h.Note}").ConfigureAwait(false);
            }
        }
    }

    public static async Task WriteTriageAsync(TextWriter output, UiText text, BreachTriage triage)
    {
        await output.WriteLineAsync(text["判定（規則第7条）:", "Triage (Rules Art. 7):"]).ConfigureAwait(false);
        foreach (var t in triage.Triggers)
        {
            var mark = t.Met ? text["該当", "MET"] : text["非該当", "not met"];
            await output.WriteLineAsync($"  [{t.Number}] {mark}: {text[t.Reason, t.ReasonEn]}").ConfigureAwait(false);
        }

        await output.WriteLineAsync(text["結論: ", "Conclusion: "] + text[triage.Conclusion, triage.ConclusionEn]).ConfigureAwait(false);
    }

    public static async Task WriteDeadlinesAsync(TextWriter output, UiText text, IncidentView view)
    {
        var d = view.Deadlines;
        if (!d.Applies)
        {
            await output.WriteLineAsync(text["期限: 報告は不要です", "Deadlines: no report is required"]).ConfigureAwait(false);
            return;
        }

        await output.WriteLineAsync(text["期限（知った日を1日目として数えます）:", "Deadlines (the day of awareness is day 1):"]).ConfigureAwait(false);
        var first = view.Triage.Duty == BreachDuty.NotifyEntrustingBusiness ? text["委託元への通知（速やかに）", "notice to the entrusting business (promptly)"] : text["速報（速やかに）", "preliminary report (promptly)"];
        var sentFirst = view.Triage.Duty == BreachDuty.NotifyEntrustingBusiness ? view.Incident.EntrustingBusinessToldAt : view.Incident.PreliminaryReportedAt;
        await output.WriteLineAsync(sentFirst is { } firstSent
            ? text[$"  {first}: {Time(firstSent)} 送付済", $"  {first}: sent {Time(firstSent)}"]
            : text[
                $"  {first}: 目安 {Day(d.PreliminaryAim, text)}〜{Day(d.PreliminaryGuidance, text)}（{Left(d.PreliminaryDaysLeft, text)}）",
                $"  {first}: guidance {Day(d.PreliminaryAim, text)} to {Day(d.PreliminaryGuidance, text)} ({Left(d.PreliminaryDaysLeft, text)})"]).ConfigureAwait(false);
        if (d.FinalDue is { } due)
        {
            var moved = d.FinalMovedBecause is { } reason
                ? text[$"。{Day(d.FinalLastDay!.Value, text)} が{reason}のため翌業務日", $"; {Day(d.FinalLastDay!.Value, text)} is a closed day ({ClosedDayEn(reason)}), so the next business day"]
                : string.Empty;
            var left = view.Incident.FinalReportedAt is { } finalSent
                ? text[$"{Time(finalSent)} 送付済", $"sent {Time(finalSent)}"]
                : Left(d.FinalDaysLeft!.Value, text);
            await output.WriteLineAsync(text[
                $"  確報: {Day(due, text)} まで（{d.FinalDays}日以内{moved}。{left}）",
                $"  final report: by {Day(due, text)} (within {d.FinalDays} days{moved}; {left})"]).ConfigureAwait(false);
        }
    }

    public static void WriteList(TextWriter output, UiText text, IReadOnlyList<IncidentView> views)
    {
        var console = PlatformCommand.Console(output);
        var table = new Table().AddColumns(text["ID", "Id"], text["件名", "Title"], text["知った日", "Aware"], text["状態", "Status"],
            text["該当", "Triggers"], text["本人の数", "People"], text["確報期限", "Final due"], text["残り", "Left"]);
        foreach (var v in views)
        {
            table.AddRow(v.Incident.Id, Markup.Escape(v.Incident.Title), Date(v.Deadlines.AwareDate), Markup.Escape(StatusName(v.Incident.Status, text)),
                v.Triage.Met.Count == 0 ? "—" : string.Join(",", v.Triage.Met), v.Incident.People.ToString("N0", CultureInfo.InvariantCulture),
                v.Deadlines.FinalDue is { } due ? Date(due) : "—",
                v.Incident.FinalReportedAt is not null ? text["確報済", "sent"] : v.Deadlines.FinalDaysLeft is { } left ? Markup.Escape(Left(left, text)) : "—");
        }

        console.Write(table);
    }

    public static string StatusName(IncidentStatus status, UiText text) => status switch
    {
        IncidentStatus.PreliminaryReported => text["速報済", "preliminary report sent"],
        IncidentStatus.FinalReported => text["確報済", "final report sent"],
        IncidentStatus.EntrustingBusinessNotified => text["委託元へ通知済", "entrusting business told"],
        IncidentStatus.Closed => text["対応終了", "closed"],
        _ => text["調査中", "investigating"],
    };

    private static string Left(int days, UiText text) => days switch
    {
        1 => text["残り 1 日", "1 day left"],
        > 0 => text[$"残り {days} 日", $"{days} days left"],
        0 => text["本日が期限", "due today"],
        -1 => text["1 日超過", "1 day overdue"],
        _ => text[$"{-days} 日超過", $"{-days} days overdue"],
    };

    private static string ClosedDayEn(string reason) => reason switch
    {
        "土曜日" => "Saturday",
        "日曜日" => "Sunday",
        "年末年始" => "year-end closure, 29 Dec-3 Jan",
        _ => $"national holiday {reason}",
    };

    private static string Day(DateOnly date, UiText text) =>
        Date(date) + text["（" + "日月火水木金土"[(int)date.DayOfWeek] + "）", " (" + date.DayOfWeek.ToString()[..3] + ")"];

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset time) =>
        time.ToOffset(Core.Calendar.JapaneseBusinessDays.JapanOffset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private sealed class CategoryConverter : JsonConverter<PiiCategory>
    {
        public override PiiCategory Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            PiiCategoryExtensions.TryParse(reader.GetString() ?? string.Empty, out var category) ? category : throw new JsonException("unknown category");

        public override void Write(Utf8JsonWriter writer, PiiCategory value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToJsonName());
    }
}
