using Xunit;

// These tests run dotnet restore/build/pack on shared project folders: one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
