using Packages.LocalHost;

var app = await LocalHostApp.CreateAsync(args);
await app.RunAsync();
