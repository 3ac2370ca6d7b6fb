using System;
using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Parameters;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsLint.Benchmarks.Infrastructure;

/// <summary>MB/s (10^6 UTF-8 bytes per second) or articles/s on one thread, from the mean time per operation.</summary>
public sealed class ThroughputColumn : IColumn
{
    public static readonly IColumn MegabytesPerSecond = new ThroughputColumn(true);
    public static readonly IColumn ArticlesPerSecond = new ThroughputColumn(false);

    private readonly bool _bytes;

    private ThroughputColumn(bool bytes) => _bytes = bytes;

    public string Id => _bytes ? "NewsLint.MBps" : "NewsLint.ArticlesPerSecond";

    public string ColumnName => _bytes ? "MB/s" : "Articles/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => _bytes ? 0 : 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => _bytes
        ? "Throughput in 10^6 bytes of UTF-8 Markdown per second on one thread"
        : "Articles per second on one thread";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        BenchmarkReport? report = summary[benchmarkCase];
        double? meanNs = report?.ResultStatistics?.Mean;
        (double Bytes, double Articles)? work = WorkOf(benchmarkCase);
        if (meanNs is null || meanNs <= 0 || work is null)
        {
            return "-";
        }

        double perSecond = 1e9 / meanNs.Value;
        double value = _bytes ? work.Value.Bytes * perSecond / 1e6 : work.Value.Articles * perSecond;
        return value.ToString(value >= 100 ? "N0" : "N2", CultureInfo.InvariantCulture);
    }

    private static (double Bytes, double Articles)? WorkOf(BenchmarkCase benchmarkCase)
    {
        Type type = benchmarkCase.Descriptor.Type;
        if (!typeof(IThroughputWorkload).IsAssignableFrom(type))
        {
            return null;
        }

        var instance = (IThroughputWorkload)Activator.CreateInstance(type)!;
        foreach (ParameterInstance parameter in benchmarkCase.Parameters.Items)
        {
            PropertyInfo? property = type.GetProperty(parameter.Name);
            if (property is not null)
            {
                property.SetValue(instance, parameter.Value);
                continue;
            }

            type.GetField(parameter.Name)?.SetValue(instance, parameter.Value);
        }

        return instance.PerOperation();
    }

    public override string ToString() => ColumnName;
}
