"use client";

import { useCallback, useEffect, useRef, useState } from "react";

/** The browser's own speech APIs: dictation where SpeechRecognition exists, read-aloud where speechSynthesis does. */

interface Recognition {
  lang: string;
  interimResults: boolean;
  continuous: boolean;
  start(): void;
  stop(): void;
  onresult: ((event: { results: ArrayLike<ArrayLike<{ transcript: string }>> }) => void) | null;
  onend: (() => void) | null;
  onerror: ((event: { error?: string }) => void) | null;
}

/** The recognition errors that mean the page may not use the microphone (the user or the browser said no). */
const BLOCKED_ERRORS = new Set(["not-allowed", "service-not-allowed"]);

type RecognitionConstructor = new () => Recognition;

function recognitionConstructor(): RecognitionConstructor | undefined {
  const w = window as unknown as {
    SpeechRecognition?: RecognitionConstructor;
    webkitSpeechRecognition?: RecognitionConstructor;
  };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition;
}

/**
 * Dictation into the chat box. `supported` is false where the browser has no speech recognition (then there is no
 * button at all); `blocked` is true once the microphone is known to be denied, from the Permissions API before the
 * first tap or from the recognition's own error after it, so the button can say why it does nothing.
 */
export function useDictation(onText: (text: string) => void) {
  const [supported, setSupported] = useState(false);
  const [blocked, setBlocked] = useState(false);
  const [listening, setListening] = useState(false);
  const recognition = useRef<Recognition | null>(null);

  useEffect(() => {
    if (!recognitionConstructor()) return;
    setSupported(true);
    let permission: PermissionStatus | undefined;
    let gone = false;
    // Allowing the microphone again in the site settings lifts the block without a reload.
    const follow = () => {
      if (permission) setBlocked(permission.state === "denied");
    };
    navigator.permissions
      ?.query({ name: "microphone" as PermissionName })
      .then((status) => {
        if (gone) return;
        permission = status;
        follow();
        status.addEventListener("change", follow);
      })
      // Some browsers cannot be asked about the microphone: the recognition's error tells instead.
      .catch(() => undefined);
    return () => {
      gone = true;
      permission?.removeEventListener("change", follow);
    };
  }, []);

  const toggle = useCallback(() => {
    if (listening) {
      recognition.current?.stop();
      return;
    }
    const Constructor = recognitionConstructor();
    if (!Constructor || blocked) return;
    const r = new Constructor();
    r.lang = navigator.language || "en-GB";
    r.interimResults = false;
    r.continuous = false;
    r.onresult = (event) => {
      const text = Array.from(event.results)
        .map((result) => result[0]?.transcript ?? "")
        .join(" ")
        .trim();
      if (text) onText(text);
    };
    r.onend = () => setListening(false);
    r.onerror = (event) => {
      setListening(false);
      if (event.error && BLOCKED_ERRORS.has(event.error)) setBlocked(true);
    };
    recognition.current = r;
    setListening(true);
    r.start();
  }, [blocked, listening, onText]);

  return { supported, blocked, listening, toggle };
}

export function useReadAloud() {
  const [supported, setSupported] = useState(false);
  useEffect(() => setSupported(typeof window !== "undefined" && "speechSynthesis" in window), []);
  const speak = useCallback((text: string) => {
    if (!("speechSynthesis" in window)) return;
    window.speechSynthesis.cancel();
    window.speechSynthesis.speak(new SpeechSynthesisUtterance(text.replace(/\*\*/g, "")));
  }, []);
  return { supported, speak };
}
