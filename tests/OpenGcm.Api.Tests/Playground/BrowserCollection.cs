namespace OpenGcm.Api.Tests.Playground;

/// The browser tests run alone, after the others: a Chromium beside the rest of the suite on a small
/// machine pushes timing-bound tests (the fuzz suite's 2 s, the 5 s execution timeout) past their limits.
[CollectionDefinition(BrowserHarness.Collection, DisableParallelization = true)]
public sealed class BrowserCollection;
