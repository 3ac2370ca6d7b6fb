using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsLint.Benchmarks.Infrastructure;

/// <summary>
/// A benchmark's median time over its baseline's median (BenchmarkDotNet's own Ratio divides means). On a shared
/// machine an iteration that loses the core to another process pulls the mean up by tens of percent, more for the short
/// Markdig baseline than for the engine; the median ignores those iterations, so "the engine within 2x of Markdig" is
/// read from this column.
/// </summary>
public sealed class MedianRatioColumn : IColumn
{
    public static readonly IColumn Instance = new MedianRatioColumn();

    private MedianRatioColumn()
    {
    }

    public string Id => "NewsLint.MedianRatio";

    public string ColumnName => "Median ratio";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => -1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Median time over the baseline's median time (less sensitive than Ratio to iterations slowed by other processes)";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => summary.HasBaselines();

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        BenchmarkCase? baseline = summary.GetBaseline(summary.GetLogicalGroupKey(benchmarkCase));
        double? median = summary[benchmarkCase]?.ResultStatistics?.Median;
        double? baselineMedian = baseline is null ? null : summary[baseline]?.ResultStatistics?.Median;
        if (median is null || baselineMedian is null || baselineMedian <= 0)
        {
            return "-";
        }

        return (median.Value / baselineMedian.Value).ToString("F2", CultureInfo.InvariantCulture);
    }

    public override string ToString() => ColumnName;
}
