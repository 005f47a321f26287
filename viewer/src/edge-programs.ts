// sigma edge programs for relations: solid arrows for facts, dashed arrows for claims and denials (distinct even in
// grey). Both are sigma's clamped edge (room for the arrow head) with a wider hit area, so thin edges stay clickable.
import { createEdgeArrowHeadProgram, createEdgeClampedProgram, createEdgeCompoundProgram, EdgeProgram, type EdgeProgramType, type ProgramInfo } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';

const VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_normal;
attribute float a_normalCoef;
attribute vec2 a_positionStart;
attribute vec2 a_positionEnd;
attribute float a_positionCoef;
attribute float a_radius;
attribute float a_radiusCoef;

uniform mat3 u_matrix;
uniform float u_zoomRatio;
uniform float u_sizeRatio;
uniform float u_pixelRatio;
uniform float u_correctionRatio;
uniform float u_minEdgeThickness;
uniform float u_lengthToThicknessRatio;
uniform float u_feather;
uniform vec2 u_resolution;

varying vec4 v_color;
varying vec2 v_normal;
varying float v_thickness;
varying float v_feather;
varying float v_distance;

const float bias = 255.0 / 254.0;

void main() {
  float minThickness = u_minEdgeThickness;
  float radius = a_radius * a_radiusCoef;
  vec2 normal = a_normal * a_normalCoef;
  vec2 position = a_positionStart * (1.0 - a_positionCoef) + a_positionEnd * a_positionCoef;
  float normalLength = length(normal);
  vec2 unitNormal = normal / normalLength;
  float pixelsThickness = max(normalLength, minThickness * u_sizeRatio);
  #ifdef PICKING_MODE
  // sigma picks from a half-size buffer: a 1-2 px line would be missed; give clicks a few pixels either side.
  pixelsThickness = max(pixelsThickness, 4.0 * u_sizeRatio);
  #endif
  float webGLThickness = pixelsThickness * u_correctionRatio / u_sizeRatio;
  float direction = sign(radius);
  float webGLNodeRadius = direction * radius * 2.0 * u_correctionRatio / u_sizeRatio;
  float webGLArrowHeadLength = webGLThickness * u_lengthToThicknessRatio * 2.0;
  vec2 compensationVector = vec2(-direction * unitNormal.y, direction * unitNormal.x) * (webGLNodeRadius + webGLArrowHeadLength);
  gl_Position = vec4((u_matrix * vec3(position + unitNormal * webGLThickness + compensationVector, 1)).xy, 0, 1);

  // Distance from the source along the edge, in screen pixels: the fragment shader cuts the dashes from it.
  vec2 startClip = (u_matrix * vec3(a_positionStart, 1)).xy;
  vec2 endClip = (u_matrix * vec3(a_positionEnd, 1)).xy;
  v_distance = a_positionCoef * length((endClip - startClip) * u_resolution * 0.5);

  v_thickness = webGLThickness / u_zoomRatio;
  v_normal = unitNormal;
  v_feather = u_feather * u_correctionRatio / u_zoomRatio / u_pixelRatio * 2.0;
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

const fragmentShader = (dashed: boolean): string => /* glsl */ `
precision mediump float;

varying vec4 v_color;
varying vec2 v_normal;
varying float v_thickness;
varying float v_feather;
varying float v_distance;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);
const float DASH = 6.0;
const float GAP = 4.0;

void main(void) {
  #ifdef PICKING_MODE
  // The whole length stays clickable, gaps included.
  gl_FragColor = v_color;
  #else
  ${dashed ? 'if (mod(v_distance, DASH + GAP) > DASH) discard;' : ''}
  float dist = length(v_normal) * v_thickness;
  float t = smoothstep(v_thickness - v_feather, v_thickness, dist);
  gl_FragColor = mix(v_color, transparent, t);
  #endif
}
`;

/** sigma types the factory's result loosely; it is an EdgeProgram subclass, which is what we extend. */
type ConcreteEdgeProgram = new (...args: ConstructorParameters<EdgeProgramType>) => EdgeProgram;
const ClampedProgram = createEdgeClampedProgram() as unknown as ConcreteEdgeProgram;

const base = ClampedProgram.prototype as EdgeProgram;

function createRelationEdgeProgram(dashed: boolean): EdgeProgramType {
  // Declared abstract only for TypeScript, which cannot see that the factory's class implements EdgeProgram.
  abstract class RelationEdgeProgram extends ClampedProgram {
    override getDefinition(): ReturnType<EdgeProgram['getDefinition']> {
      const definition = base.getDefinition.call(this);
      return {
        ...definition,
        VERTEX_SHADER_SOURCE: VERTEX_SHADER,
        FRAGMENT_SHADER_SOURCE: fragmentShader(dashed),
        UNIFORMS: [...definition.UNIFORMS, 'u_resolution'],
      };
    }

    override setUniforms(params: RenderParams, programInfo: ProgramInfo): void {
      base.setUniforms.call(this, params, programInfo);
      const location = programInfo.uniformLocations['u_resolution'];
      if (location) programInfo.gl.uniform2f(location, params.width, params.height);
    }
  }
  return createEdgeCompoundProgram([RelationEdgeProgram as unknown as EdgeProgramType, createEdgeArrowHeadProgram()]);
}

/** Solid line with an arrow head: facts. */
export const EdgeSolidArrowProgram = createRelationEdgeProgram(false);
/** Dashed line with an arrow head: claims and denials. */
export const EdgeDashedArrowProgram = createRelationEdgeProgram(true);
