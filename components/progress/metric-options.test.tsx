import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { chosenMetric, MetricOptions, OTHER_METRIC } from "@/components/progress/metric-options";
import { METRIC_SLUG } from "@/lib/progress/schemas";

describe("the metric select", () => {
  it("offers events and tests in groups, in words, then Other…", () => {
    const html = renderToStaticMarkup(
      <select>
        <MetricOptions />
      </select>,
    );
    expect(html).toContain('<optgroup label="Events">');
    expect(html).toContain('<optgroup label="Lifts, jumps and tests">');
    expect(html).toContain('<option value="100m">100 m</option>');
    expect(html).toContain('<option value="110mh">110 m hurdles</option>');
    expect(html).toContain('<option value="squat_1rm">Back squat</option>');
    expect(html.indexOf("Other…")).toBeGreaterThan(html.lastIndexOf("</optgroup>"));
  });

  it("sends the metric picked, or the one typed under Other… as the API reads it", () => {
    expect(METRIC_SLUG.test(OTHER_METRIC)).toBe(false);
    expect(chosenMetric("200m", "ignored")).toBe("200m");
    expect(chosenMetric(OTHER_METRIC, " 150M ")).toBe("150m");
  });
});
