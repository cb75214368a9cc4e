import { z } from "zod";
import { accountResponse, userResponse } from "@/lib/accounts/responses";
import { createTokenInput, profileUpdateInput, registerInput, tokenRequestInput } from "@/lib/accounts/schemas";
import { area, idPath, json, noContent, operation } from "@/lib/openapi/operation";

// API tokens are made in lib/auth/tokens.ts, a floor above the services, so their shapes are described here.
const tokenSecret = z.string().meta({
  description: "The token itself, shown once: send it as `Authorization: Bearer <token>`. Aria keeps only its hash.",
  examples: ["aria_3q2Xb1R…"],
});

const issuedToken = z
  .object({ token: tokenSecret, expires_at: z.iso.datetime() })
  .meta({ id: "IssuedToken", examples: [{ token: "aria_3q2Xb1R…", expires_at: "2026-06-12T14:03:27.000Z" }] });

const tokenSummary = z
  .object({
    id: z.uuid(),
    name: z.string(),
    created_at: z.iso.datetime(),
    expires_at: z.iso.datetime(),
    last_used_at: z.iso.datetime().nullable(),
  })
  .meta({
    id: "ApiToken",
    description: "A live token of the account, never the token itself.",
    examples: [
      {
        id: "c1e5a9d3-7b24-4f68-8a0c-3e9d1b5f7a62",
        name: "watch sync",
        created_at: "2026-03-14T14:03:27.000Z",
        expires_at: "2026-06-12T14:03:27.000Z",
        last_used_at: "2026-03-14T14:10:02.000Z",
      },
    ],
  });

export const accounts = area(
  { name: "Accounts", description: "Registration, API tokens, the signed-in account and its profile." },
  {
    "/api/v1/auth/register": {
      post: operation({
        id: "auth.register",
        summary: "Register an account",
        description: "Creates an athlete or coach account (an athlete's gets an empty profile). Limited per address.",
        access: "public",
        body: registerInput,
        example: {
          email: "sam@aria.example",
          password: "block-starts-2026",
          name: "Sam Okoye",
          role: "athlete",
          timezone: "Europe/London",
        },
        responses: { 201: json("The new account.", z.object({ user: userResponse })) },
        errors: [409, 429],
      }),
    },
    "/api/v1/auth/token": {
      post: operation({
        id: "auth.token",
        summary: "Get an API token",
        description:
          "Trades an e-mail and password for a bearer token that lasts 90 days. A wrong password is a 401; " +
          "attempts are limited per address and e-mail.",
        access: "public",
        body: tokenRequestInput,
        example: { email: "jordan@aria.example", password: "sprint-demo-2026", token_name: "watch sync" },
        responses: { 201: json("The token, shown only this once.", issuedToken) },
        errors: [401, 429],
      }),
    },
    "/api/v1/me": {
      get: operation({
        id: "me.get",
        summary: "The signed-in account",
        access: "signedIn",
        responses: { 200: json("The account, and the athlete profile (null for a coach).", accountResponse) },
      }),
    },
    "/api/v1/me/profile": {
      put: operation({
        id: "me.profile.update",
        summary: "Change the profile",
        description:
          "Changes the fields given; the athlete-only ones (events, experience, birth date, sex) are a 400 for a coach.",
        access: "signedIn",
        body: profileUpdateInput,
        example: { events: ["100m", "200m"], experience_years: 8, timezone: "America/New_York" },
        responses: { 200: json("The account as it now is.", accountResponse) },
      }),
    },
    "/api/v1/me/tokens": {
      get: operation({
        id: "me.tokens.list",
        summary: "List API tokens",
        access: "signedIn",
        responses: { 200: json("The live tokens, newest first.", z.object({ tokens: z.array(tokenSummary) })) },
      }),
      post: operation({
        id: "me.tokens.create",
        summary: "Create an API token",
        access: "session",
        body: createTokenInput,
        example: { name: "watch sync" },
        responses: {
          201: json(
            "The token, shown only this once.",
            tokenSummary.omit({ last_used_at: true }).extend({ token: tokenSecret }),
          ),
        },
      }),
    },
    "/api/v1/me/tokens/{id}": {
      delete: operation({
        id: "me.tokens.revoke",
        summary: "Revoke an API token",
        access: "session",
        path: idPath("token"),
        responses: { 204: noContent("Revoked: the token stops working at once.") },
        errors: [404],
      }),
    },
  },
);
