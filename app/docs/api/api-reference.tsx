"use client";

import "@scalar/api-reference-react/style.css";
import dynamic from "next/dynamic";

/**
 * Scalar's reference, bundled with the app and served by it: no CDN, no default web fonts, no telemetry, and no
 * proxy (the document's server is this origin, so "Test request" calls Aria directly with the bearer token the
 * reader enters under Authentication). The viewer is a Vue app that touches the DOM as it loads, so it is rendered
 * in the browser only.
 */
const ApiReferenceReact = dynamic(() => import("@scalar/api-reference-react").then((m) => m.ApiReferenceReact), {
  ssr: false,
  loading: () => <p className="p-4 text-sm text-zinc-500">Loading the API reference…</p>,
});

export function ApiReference() {
  return (
    <ApiReferenceReact
      configuration={{
        url: "/api/v1/openapi.json",
        withDefaultFonts: false,
        telemetry: false,
        agent: { disabled: true },
        showDeveloperTools: "never",
        documentDownloadType: "json",
        authentication: { preferredSecurityScheme: "bearerToken" },
      }}
    />
  );
}
