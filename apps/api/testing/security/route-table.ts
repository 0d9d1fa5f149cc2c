import { RequestMethod, type INestApplication } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import type { Permission } from '@bsc/domain';
import { PERMISSION_KEY, PUBLIC_KEY } from '../../src/common/auth/permissions.decorator';

/** The prefix every controller route is mounted under (see app.factory.ts). */
export const API_PREFIX = '/api/v1';

/** One route of the running application, with the metadata the session guard reads. */
export interface RouteInfo {
  /** "METHOD /api/v1/path/:param": the key of the RBAC matrix. */
  key: string;
  method: string;
  path: string;
  params: string[];
  isPublic: boolean;
  permission: Permission | undefined;
  /** Whether the handler reads a request body (@Body()). */
  takesBody: boolean;
  handler: string;
}

type Handler = (...args: unknown[]) => unknown;

/** Every controller route of the application, read from Nest's module container after init(). */
export function listRoutes(app: INestApplication): RouteInfo[] {
  const scanner = new MetadataScanner();
  const routes: RouteInfo[] = [];
  for (const moduleRef of app.get(ModulesContainer).values()) {
    for (const wrapper of moduleRef.controllers.values()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance) continue;
      const controllerClass = instance.constructor as new (...args: unknown[]) => unknown;
      const prototype = Object.getPrototypeOf(instance) as Record<string, Handler>;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const route = describeRoute(controllerClass, prototype[name], name);
        if (route) routes.push(route);
      }
    }
  }
  return routes.sort((a, b) => a.key.localeCompare(b.key));
}

function describeRoute(controllerClass: new (...args: unknown[]) => unknown, handler: Handler, name: string): RouteInfo | undefined {
  const methodPath = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
  if (methodPath === undefined) return undefined;
  const requestMethod = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod;
  const method = RequestMethod[requestMethod];
  const controllerPath = Reflect.getMetadata(PATH_METADATA, controllerClass) as string | undefined;
  const path = joinPath(API_PREFIX, controllerPath ?? '', firstPath(methodPath));
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controllerClass, name) ?? {}) as Record<string, unknown>;
  const bodyPrefix = `${RouteParamtypes.BODY}:`;
  return {
    key: `${method} ${path}`,
    method,
    path,
    params: [...path.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]),
    isPublic: readMetadata<boolean>(PUBLIC_KEY, handler, controllerClass) === true,
    permission: readMetadata<Permission>(PERMISSION_KEY, handler, controllerClass),
    takesBody: Object.keys(args).some((key) => key.startsWith(bodyPrefix)),
    handler: `${controllerClass.name}.${name}`,
  };
}

// Same precedence as Reflector.getAllAndOverride in the guard: the method wins over the class.
function readMetadata<T>(key: string, handler: Handler, controllerClass: object): T | undefined {
  return (Reflect.getMetadata(key, handler) ?? Reflect.getMetadata(key, controllerClass)) as T | undefined;
}

function firstPath(path: string | string[]): string {
  return Array.isArray(path) ? path[0] : path;
}

function joinPath(...parts: string[]): string {
  const joined = parts
    .map((part) => part.replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/');
  return `/${joined}`;
}

interface ExpressLayer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** The "METHOD path" keys Express actually serves under the API prefix (cross-check of listRoutes). */
export function listExpressRouteKeys(app: INestApplication): string[] {
  const instance = app.getHttpAdapter().getInstance() as { router: { stack: ExpressLayer[] } };
  return instance.router.stack
    .flatMap((layer) => (layer.route ? Object.keys(layer.route.methods).map((m) => `${m.toUpperCase()} ${layer.route?.path}`) : []))
    .filter((key) => key.split(' ')[1].startsWith(`${API_PREFIX}/`) || key.split(' ')[1] === API_PREFIX)
    .sort();
}
